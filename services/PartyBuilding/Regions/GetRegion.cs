using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.PartyBuilding.Shared;
using Platform.PartyBuilding.Data;

namespace Platform.PartyBuilding.Regions;

public static class GetRegion
{
    /// <summary>A region outside the caller's scope is answered as unknown, so its existence is not disclosed.</summary>
    public static async Task<Results<Ok<RegionResponse>, NotFound>> HandleAsync(
        string code, ClaimsPrincipal user, PartyDb db, CancellationToken cancellationToken) =>
        await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Code == code, cancellationToken) is { } region
            && (await db.ReachOfAsync(user, cancellationToken)).Covers(region)
            ? TypedResults.Ok(region.ToResponse())
            : TypedResults.NotFound();
}
