using Platform.ServiceDefaults;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.PartyBuilding.DualReports;

public static class DualReportsApi
{
    /// <summary>
    /// The tag of every dual-reporting operation, also of the reports filed under a member or an organisation
    /// (<see cref="Members.MembersApi"/>, <see cref="Organisations.OrganisationsApi"/>).
    /// </summary>
    public const string Tag = "Dual reporting 双报到";

    public static RouteGroupBuilder MapDualReportsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapDualReportingGroup("dual-reports");
        group.MapPost("/{id:guid}/withdrawal", WithdrawReport.HandleAsync)
            .WithName("WithdrawReport")
            .WithSummary("Withdraw a dual report 撤回双报到; it stays as history")
            .WithDescription("The version read may be sent; a stale one is 409. Publishes PartyMemberWithdrawn or PartyOrganisationReportWithdrawn.");
        group.MapGet("/", ListReports.HandleAsync)
            .WithName("ListReports")
            .WithSummary("Dual reports 双报到记录, with history, filtered by member, organisation, date or community subtree")
            .WithDescription($"Newest first (reportedAt, then id, descending). {PartyBuildingService.ListRules} {PartyBuildingService.DateRules} (on reportedAt)");
        return group;
    }

    /// <summary>
    /// A group under <c>{prefix}/{segment}</c> with the dual-reporting tag and its policies: staff write, and every
    /// operation, reads included, needs the Officials policy.
    /// </summary>
    internal static RouteGroupBuilder MapDualReportingGroup(this IEndpointRouteBuilder app, string segment) =>
        app.MapApiGroup($"{PartyBuildingService.Prefix}/{segment}", Tag).RequireStaffToWrite().RequireAuthorization(PlatformPolicies.Officials);
}
