using Platform.ServiceDefaults;
using Platform.Security;
using Platform.ServiceDefaults.Security;

using Platform.PartyBuilding.GovernanceCentres;

namespace Platform.PartyBuilding.Communities;

public static class CommunitiesApi
{
    public static RouteGroupBuilder MapCommunitiesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{PartyBuildingService.Prefix}/communities", GovernanceCentresApi.Tag).RequireStaffToWrite();
        group.MapPut("/{code}/legal-adviser", SetLegalAdviser.HandleAsync)
            .WithName("SetLegalAdviser")
            .WithSummary("Appoint the legal adviser 法律顾问 of a community 社区 (一社区一法律顾问)")
            .WithDescription("Replacing an adviser needs the version read (a stale one is 409); a community outside the caller's region is 404.");
        group.MapGet("/{code}/legal-adviser", GetLegalAdviser.HandleAsync)
            .WithName("GetLegalAdviser")
            .WithSummary("The legal adviser 法律顾问 of a community 社区, phone masked");
        return group;
    }
}
