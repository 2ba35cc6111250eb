using Platform.PartyBuilding.DualReports;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Http;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.PartyBuilding.Organisations;

public static class OrganisationsApi
{
    public static RouteGroupBuilder MapOrganisationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{PartyBuildingService.Prefix}/organisations", "Party organisations 党组织").RequireStaffToWrite();
        group.MapPost("/", EstablishOrganisation.HandleAsync)
            .WithName("EstablishOrganisation")
            .WithSummary("Establish a party organisation 党组织: community committee 社区党委, grid/compound branch 网格/小区党支部, " +
                "property-company branch 物业企业党支部, property-industry committee 物业行业综合党委, social-organisation branch 社会组织党支部")
            .WithDescription($"{PartyOrganisationKinds.Description} A branch under the wrong kind of parent is 400 naming parentId; " +
                "a second community committee or property-industry committee at the same region is 409. Publishes PartyOrganisationEstablished.");
        group.MapPost("/import", ImportOrganisations.HandleAsync)
            .WithName("ImportOrganisations")
            .AllowLargeBodies()
            .WithSummary("Establish many party organisations at once 党组织批量导入 (all or nothing; a parent may be another row)")
            .WithDescription($"{PartyOrganisationKinds.Description} Rows carry optional ids; a row whose id exists is skipped. " +
                "400 names rows[n].field; a second committee at a region is 409. Publishes PartyOrganisationEstablished per organisation.");
        group.MapGet("/{id:guid}", GetOrganisation.HandleAsync)
            .WithName("GetOrganisation")
            .WithSummary("A party organisation 党组织");
        group.MapGet("/", ListOrganisations.HandleAsync)
            .WithName("ListOrganisations")
            .WithSummary("Party organisations 党组织, paged, filtered by kind, parent, founding date or region subtree")
            .WithDescription($"{PartyOrganisationKinds.Description} Sorted by region code, then id. {PartyBuildingService.ListRules} " +
                $"{PartyBuildingService.DateRules} (on foundedOn)");
        group.MapPost("/{id:guid}/dissolution", DissolveOrganisation.HandleAsync)
            .WithName("DissolveOrganisation")
            .WithSummary("Dissolve a party organisation 撤销党组织 (kept as history)")
            .WithDescription("409 while active organisations sit under it. The version read may be sent; a stale one is 409. " +
                "Publishes PartyOrganisationDissolved.");
        // Filing a report is dual reporting: it carries that feature's tag and policy, so it has a group of its own here.
        app.MapDualReportingGroup("organisations").MapPost("/{id:guid}/reports", ReportOrganisation.HandleAsync)
            .WithName("ReportOrganisation")
            .WithSummary("A party organisation 党组织 reports to the community 社区 where it is located (单位双报到)")
            .WithDescription("One active report per organisation: a second is 409 naming organisationId. Publishes PartyOrganisationReported.");
        return group;
    }
}
