namespace Platform.Charity.Federations;

public static class FederationsApi
{
    public static RouteGroupBuilder MapFederationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{CharityService.Prefix}/federations", "Federations 慈善会").RequireStaffToWrite();
        group.MapPost("/", EstablishFederation.HandleAsync).WithName("EstablishFederation")
            .WithSummary("Set up a city or county charity federation 成立慈善会");
        group.MapGet("/", ListFederations.HandleAsync).WithName("ListFederations")
            .WithSummary("Federations of a region subtree, paged 按区域查询慈善会");
        group.MapGet("/{id:guid}", GetFederation.HandleAsync).WithName("GetFederation")
            .WithSummary("A charity federation 慈善会");
        return group;
    }
}
