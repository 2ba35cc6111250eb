using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.PartyBuilding.Data;

namespace Platform.PartyBuilding.Regions;

public static class GetRegion
{
    public static async Task<Results<Ok<RegionResponse>, NotFound>> HandleAsync(
        string code, PartyDb db, CancellationToken cancellationToken) =>
        await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Code == code, cancellationToken) is { } region
            ? TypedResults.Ok(region.ToResponse())
            : TypedResults.NotFound();
}
