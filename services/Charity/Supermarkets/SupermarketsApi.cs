namespace Platform.Charity.Supermarkets;

public static class SupermarketsApi
{
    public static RouteGroupBuilder MapSupermarketsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{CharityService.Prefix}/supermarkets", "Supermarkets 慈善超市");
        group.MapGet("/", ListSupermarkets.HandleAsync).WithName("ListSupermarkets")
            .WithSummary("Supermarkets of a region subtree with their stock, paged 按区域查询慈善超市");
        group.MapGet("/{id:guid}", GetSupermarket.HandleAsync).WithName("GetSupermarket")
            .WithSummary("A supermarket and its stock 慈善超市及库存");
        // Volunteers redeem on a shelf of their community, so any writer may ask; the saga checks whose points they are.
        group.MapPost("/{supermarketId:guid}/redemptions", RequestRedemption.HandleAsync).WithName("RequestRedemption")
            .WithSummary("Redeem goods for love points (answered asynchronously) 爱心积分兑换");

        var staff = group.MapGroup("").RequireStaffToWrite();
        staff.MapPost("/", OpenSupermarket.HandleAsync).WithName("OpenSupermarket")
            .WithSummary("Open a charity supermarket 开设慈善超市");
        return group;
    }
}
