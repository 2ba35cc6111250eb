using Platform.ServiceDefaults;

namespace Platform.PartyBuilding.Regions;

public static class RegionsApi
{
    public static RouteGroupBuilder MapRegionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{PartyBuildingApi.Prefix}/regions", "Regions 行政区划");
        group.MapPost("/", RegisterRegion.HandleAsync)
            .WithName("RegisterRegion")
            .WithSummary("Register a region: city 市, county 区县, street 街道, community 社区, grid 网格 or compound 小区");
        group.MapGet("/{code}", GetRegion.HandleAsync)
            .WithName("GetRegion")
            .WithSummary("A region by its statistical division code");
        return group;
    }
}
