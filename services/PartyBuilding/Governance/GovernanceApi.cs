using Platform.ServiceDefaults;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.PartyBuilding.Governance;

public static class GovernanceApi
{
    public static RouteGroupBuilder MapGovernanceApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup(PartyBuildingService.Prefix, "Governance 综治").RequireStaffToWrite();
        group.MapPost("/governance-centres", OpenGovernanceCentre.HandleAsync)
            .WithName("OpenGovernanceCentre")
            .WithSummary("Open a governance centre 综治中心 of a county 区县 or street 街道 (street demonstration centre 示范中心)")
            .WithDescription("One centre per region: a second is 409 naming regionCode.");
        group.MapGet("/governance-centres", ListGovernanceCentres.HandleAsync)
            .WithName("ListGovernanceCentres")
            .WithSummary("Governance centres 综治中心, paged, by region subtree")
            .WithDescription($"Sorted by region code, then id. {PartyBuildingService.ListRules}");
        group.MapPut("/communities/{code}/legal-adviser", SetLegalAdviser.HandleAsync)
            .WithName("SetLegalAdviser")
            .WithSummary("Appoint the legal adviser 法律顾问 of a community 社区 (一社区一法律顾问)")
            .WithDescription("Replacing an adviser needs the version read (a stale one is 409); a community outside the caller's region is 404.");
        group.MapGet("/communities/{code}/legal-adviser", GetLegalAdviser.HandleAsync)
            .WithName("GetLegalAdviser")
            .WithSummary("The legal adviser 法律顾问 of a community 社区, phone masked");
        return group;
    }
}
