using Platform.Data;
using Platform.ServiceDefaults.Problems;
using Platform.Messaging;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.PartyBuilding.Shared;
using Platform.PartyBuilding.Data;

namespace Platform.PartyBuilding.GovernanceCentres;

public sealed record OpenGovernanceCentreRequest(
    [Required, StringLength(9, MinimumLength = 6)] string RegionCode,
    [Required, StringLength(100, MinimumLength = 1)] string Name,
    bool Demonstration);

public static class OpenGovernanceCentre
{
    public static async Task<Results<Created<GovernanceCentreResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        OpenGovernanceCentreRequest request, ClaimsPrincipal user, PartyDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.RefuseOutOfReachAsync(user, request.RegionCode, "regionCode", cancellationToken) is { } outOfReach)
        {
            return outOfReach;
        }

        var region = await db.Regions.FindAsync([request.RegionCode], cancellationToken);
        var level = region is { Retired: false } ? region.Level : (Contracts.RegionLevel?)null;
        if (GovernanceCentre.Problem(level, request.Demonstration) is { } problem)
        {
            return Problems.Invalid(level is null || !request.Demonstration ? "regionCode" : "demonstration", problem);
        }

        var now = clock.GetUtcNow();
        var centre = GovernanceCentre.Open(request.RegionCode, level!.Value, request.Name, request.Demonstration, now);
        db.GovernanceCentres.Add(centre);
        db.Publish(centre.Opened(now));
        var refusals = new Dictionary<string, Refusal>
        {
            [GovernanceCentreConfiguration.OnePerRegion] = new("regionCode", "This region already has a governance centre."),
        };
        if (await db.SaveOrRefuseAsync(refusals, cancellationToken) is { } refusal)
        {
            return refusal.ToConflict();
        }

        return TypedResults.Created($"{PartyBuildingService.Prefix}/governance-centres/{centre.Id}", centre.ToResponse());
    }
}
