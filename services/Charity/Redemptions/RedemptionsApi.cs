namespace Platform.Charity.Redemptions;

public static class RedemptionsApi
{
    /// <summary>A redemption is asked for on a supermarket's shelf and read here; it shares the supermarkets' tag.</summary>
    public static RouteGroupBuilder MapRedemptionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{CharityService.Prefix}/redemptions", "Supermarkets 慈善超市");
        group.MapGet("/{id:guid}", GetRedemption.HandleAsync).WithName("GetRedemption")
            .WithSummary("A redemption and how it ended 兑换状态");
        return group;
    }
}
