using Platform.ServiceDefaults;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.PartyBuilding.GovernanceCentres;

public static class GovernanceCentresApi
{
    /// <summary>The tag governance centres share with the communities' legal advisers (综治).</summary>
    public const string Tag = "Governance 综治";

    public static RouteGroupBuilder MapGovernanceCentresApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{PartyBuildingService.Prefix}/governance-centres", Tag).RequireStaffToWrite();
        group.MapPost("/", OpenGovernanceCentre.HandleAsync)
            .WithName("OpenGovernanceCentre")
            .WithSummary("Open a governance centre 综治中心 of a county 区县 or street 街道 (street demonstration centre 示范中心)")
            .WithDescription("One centre per region: a second is 409 naming regionCode.");
        group.MapGet("/", ListGovernanceCentres.HandleAsync)
            .WithName("ListGovernanceCentres")
            .WithSummary("Governance centres 综治中心, paged, by region subtree")
            .WithDescription($"Sorted by region code, then id. {PartyBuildingService.ListRules}");
        return group;
    }
}
