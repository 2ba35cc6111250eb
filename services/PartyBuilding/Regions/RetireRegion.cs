using Platform.Messaging;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.PartyBuilding.Shared;
using Platform.PartyBuilding.Data;

namespace Platform.PartyBuilding.Regions;

/// <param name="Version">Optional: the version read; when given and no longer current, the retirement is a 409.</param>
public sealed record RetireRegionRequest(int? Version);

public static class RetireRegion
{
    /// <summary>Retires a region; it stays in the database because records elsewhere refer to its code.</summary>
    public static async Task<Results<Ok<RegionResponse>, NotFound, ProblemHttpResult>> HandleAsync(
        string code, RetireRegionRequest? request, ClaimsPrincipal user, PartyDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.Regions.FindAsync([code], cancellationToken) is not { } region || !(await db.ReachOfAsync(user, cancellationToken)).Covers(region))
        {
            return TypedResults.NotFound();
        }

        if (region.Retired)
        {
            return Problems.Conflict("code", "The region is already retired.");
        }

        if (await db.Regions.AnyAsync(r => r.ParentCode == code && !r.Retired, cancellationToken))
        {
            return Problems.Conflict("code", "Retire the live regions below this one first.");
        }

        if (request?.Version is { } version)
        {
            db.ExpectVersion(region, version);
        }

        region.Retire();
        db.Publish(region.RetiredEvent(clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);

        return TypedResults.Ok(region.ToResponse());
    }
}
