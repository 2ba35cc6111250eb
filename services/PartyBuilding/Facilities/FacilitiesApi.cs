using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Http;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.PartyBuilding.Facilities;

public static class FacilitiesApi
{
    public static RouteGroupBuilder MapFacilitiesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{PartyBuildingService.Prefix}/facilities", "Community facilities 社区阵地").RequireStaffToWrite();
        group.MapPost("/", DesignateFacility.HandleAsync)
            .WithName("DesignateFacility")
            .WithSummary("Designate a community facility 社区阵地: new party-service centre 新建党群服务中心, renovated centre 改造提升, " +
                "new compound station 新建小区党群服务站 or featured community 特色社区")
            .WithDescription($"{CommunityFacility.Kinds} A region outside the caller's region is 403 naming regionCode; one designation per region and kind " +
                "(a second is 409 naming kind). Publishes CommunityFacilityDesignated.");
        group.MapPost("/import", ImportFacilities.HandleAsync)
            .AllowLargeBodies()
            .Accepts<string>("text/csv")
            .WithName("ImportFacilities")
            .WithSummary("Designate many community facilities at once 社区阵地批量导入 (CSV regionCode,facility; all or nothing)")
            .WithDescription($"{CommunityFacility.Kinds} Rows already designated are skipped, so a re-run changes nothing; 400 names " +
                "rows[n].field (n counts data rows from 1); a row outside the caller's region makes the whole import 403 naming rows[n].regionCode. " +
                "Publishes CommunityFacilityDesignated per new designation.");
        group.MapGet("/", ListFacilities.HandleAsync)
            .WithName("ListFacilities")
            .WithSummary("Community facilities 社区阵地, paged, by region subtree and kind")
            .WithDescription($"{CommunityFacility.Kinds} Sorted by region code, kind, then id. {PartyBuildingService.ListRules} " +
                $"{PartyBuildingService.DateRules} (on designatedAt)");
        return group;
    }
}
