using Platform.Messaging;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.PartyBuilding.Shared;
using Platform.PartyBuilding.Data;

namespace Platform.PartyBuilding.Regions;

/// <param name="Version">The version the client read; a newer one in the database makes this a 409.</param>
public sealed record RenameRegionRequest([Required, StringLength(100, MinimumLength = 1)] string Name, [Required] int? Version);

public static class RenameRegion
{
    public static async Task<Results<Ok<RegionResponse>, NotFound, ProblemHttpResult>> HandleAsync(
        string code, RenameRegionRequest request, ClaimsPrincipal user, PartyDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.Regions.FindAsync([code], cancellationToken) is not { } region || !(await db.ReachOfAsync(user, cancellationToken)).Covers(region))
        {
            return TypedResults.NotFound();
        }

        if (region.Retired)
        {
            return Problems.Conflict("code", "A retired region cannot be renamed.");
        }

        db.ExpectVersion(region, request.Version!.Value);
        region.Rename(request.Name);
        db.Publish(region.Changed(clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);

        return TypedResults.Ok(region.ToResponse());
    }
}
