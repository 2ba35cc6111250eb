using Platform.Data;
using Platform.ServiceDefaults.Problems;
using Platform.Messaging;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts.PartyBuilding;
using Platform.PartyBuilding.Shared;
using Platform.PartyBuilding.Data;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.PartyBuilding.Facilities;

public sealed record DesignateFacilityRequest(
    [Required, StringLength(15, MinimumLength = 12)] string RegionCode,
    [Required] CommunityFacilityKind? Kind);

public static class DesignateFacility
{
    public static async Task<Results<Created<FacilityResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        DesignateFacilityRequest request, ClaimsPrincipal user, PartyDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.RefuseOutOfReachAsync(user, request.RegionCode, "regionCode", cancellationToken) is { } outOfReach)
        {
            return outOfReach;
        }

        var kind = request.Kind!.Value;
        var region = await db.Regions.FindAsync([request.RegionCode], cancellationToken);
        if (CommunityFacility.Problem(kind, region) is { } problem)
        {
            return Problems.Invalid("regionCode", problem);
        }

        var facility = CommunityFacility.Designate(region!, kind, user.SubjectOf(), clock.GetUtcNow());
        db.CommunityFacilities.Add(facility);
        db.Publish(facility.Designated());
        var refusals = new Dictionary<string, Refusal>
        {
            [CommunityFacilityConfiguration.OnePerRegionAndKind] = new("kind", "This region is already designated as this kind of facility."),
        };
        if (await db.SaveOrRefuseAsync(refusals, cancellationToken) is { } refusal)
        {
            return refusal.ToConflict();
        }

        return TypedResults.Created($"{PartyBuildingService.Prefix}/facilities?region={facility.RegionCode}", facility.ToResponse());
    }
}
