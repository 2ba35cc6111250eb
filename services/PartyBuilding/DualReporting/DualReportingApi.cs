using Platform.ServiceDefaults;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.PartyBuilding.DualReporting;

public static class DualReportingApi
{
    public static RouteGroupBuilder MapDualReportingApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup(PartyBuildingService.Prefix, "Dual reporting 双报到").RequireStaffToWrite()
            .RequireAuthorization(PlatformPolicies.Officials);
        group.MapPost("/members/{id:guid}/reports", ReportMember.HandleAsync)
            .WithName("ReportMember")
            .WithSummary("A party member 党员 reports to the community 社区 where they live (双报到)")
            .WithDescription("One active report per member: a second is 409 naming memberId. Publishes PartyMemberReported.");
        group.MapPost("/organisations/{id:guid}/reports", ReportOrganisation.HandleAsync)
            .WithName("ReportOrganisation")
            .WithSummary("A party organisation 党组织 reports to the community 社区 where it is located (单位双报到)")
            .WithDescription("One active report per organisation: a second is 409 naming organisationId. Publishes PartyOrganisationReported.");
        group.MapPost("/dual-reports/{id:guid}/withdrawal", WithdrawReport.HandleAsync)
            .WithName("WithdrawReport")
            .WithSummary("Withdraw a dual report 撤回双报到; it stays as history")
            .WithDescription("The version read may be sent; a stale one is 409. Publishes PartyMemberWithdrawn or PartyOrganisationReportWithdrawn.");
        group.MapGet("/dual-reports", ListReports.HandleAsync)
            .WithName("ListReports")
            .WithSummary("Dual reports 双报到记录, with history, filtered by member, organisation, date or community subtree")
            .WithDescription($"Newest first (reportedAt, then id, descending). {PartyBuildingService.ListRules} {PartyBuildingService.DateRules} (on reportedAt)");
        return group;
    }
}
