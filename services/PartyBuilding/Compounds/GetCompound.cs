using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.PartyBuilding.Shared;
using Platform.PartyBuilding.Data;

namespace Platform.PartyBuilding.Compounds;

public static class GetCompound
{
    public static async Task<Results<Ok<CompoundResponse>, NotFound>> HandleAsync(
        string code, ClaimsPrincipal user, PartyDb db, CancellationToken cancellationToken) =>
        await db.ReachesAsync(user, code, cancellationToken)
        && await db.Compounds.AsNoTracking().FirstOrDefaultAsync(c => c.Code == code, cancellationToken) is { } compound
            ? TypedResults.Ok(compound.ToResponse())
            : TypedResults.NotFound();
}
