using Platform.PartyBuilding.Regions.Import;
using Platform.ServiceDefaults;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.ServiceDefaults.Http;

namespace Platform.PartyBuilding.Regions;

public static class RegionsApi
{
    private const string Levels =
        "Levels 层级: City 市 (6 digits, ends in 00), County 区/县/县级市 (6), Street 街道/乡镇 (9), Community 社区 (12), " +
        "Grid 网格 (15) and Compound 小区 (15). A child's code starts with its parent's (a city's subtree is its first four digits).";

    public static RouteGroupBuilder MapRegionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{PartyBuildingService.Prefix}/regions", "Regions 行政区划").RequireStaffToWrite();
        group.MapPost("/", RegisterRegion.HandleAsync)
            .WithName("RegisterRegion")
            .WithSummary("Register a region: city 市, county 区县, street 街道, community 社区, grid 网格 or compound 小区")
            .WithDescription($"{Levels} The parent must be in the caller's region (else 403 naming parentCode). Publishes RegionRegistered.");
        group.MapPost("/import", ImportRegions.HandleAsync)
            .AllowLargeBodies()
            .Accepts<ImportRow[]>("application/json", "text/csv")
            .WithName("ImportRegions")
            .WithSummary("Bulk import of a hierarchy 批量导入区划 (JSON array or CSV), all or nothing")
            .WithDescription($"{Levels} Every row is checked first; any bad row makes a 400 listing each bad row as rows[n].field " +
                "(n counts data rows from 1) and nothing is written; a row under a parent outside the caller's region makes it 403 naming " +
                "rows[n].parentCode. CSV columns: code,name,level,parentCode,category,pilot," +
                "propertyCompany,committee.");
        group.MapGet("/", ListRegions.HandleAsync)
            .WithName("ListRegions")
            .WithSummary("Regions 区划, paged, filtered by subtree, level and name")
            .WithDescription($"{Levels} Sorted by path (a moved grid under its new community), then code. {PartyBuildingService.ListRules}");
        group.MapGet("/{code}", GetRegion.HandleAsync)
            .WithName("GetRegion")
            .WithSummary("A region by its statistical division code 区划代码");
        group.MapGet("/{code}/subtree", GetSubtree.HandleAsync)
            .WithName("GetSubtree")
            .WithSummary("A region's subtree with counts 下辖统计: regions per level, compounds 小区 per category, pilots 试点, " +
                "committees 业委会/物管委, party organisations 党组织 per kind, dual-reported members 双报到党员, governance centres 综治中心");
        group.MapPut("/{code}/name", RenameRegion.HandleAsync)
            .WithName("RenameRegion")
            .WithSummary("Rename a region 区划更名")
            .WithDescription("A region outside the caller's region is 404. Send the version read; a stale version is 409. " +
                "Publishes RegionChanged with the next version.");
        group.MapPut("/{code}/parent", MoveGrid.HandleAsync)
            .WithName("MoveGrid")
            .WithSummary("Move a grid 网格 to another community 社区")
            .WithDescription("The grid keeps its code (records refer to it); its path becomes the new community's code and its last " +
                "three digits, so subtree queries find it there. Both ends must be in the caller's region: the grid (else 404) and the " +
                "community (else 403 naming parentCode). Send the version read; a stale version is 409. Publishes RegionChanged.");
        group.MapPost("/{code}/retirement", RetireRegion.HandleAsync)
            .WithName("RetireRegion")
            .WithSummary("Retire a region 撤销区划 (never deleted)")
            .WithDescription("409 while live regions sit below it. The version read may be sent; a stale one is 409. Publishes RegionRetired.");
        return group;
    }
}
