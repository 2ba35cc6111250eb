using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.PartyBuilding.Shared;
using Platform.PartyBuilding.Data;
using Platform.PersonalData;

namespace Platform.PartyBuilding.Communities;

public static class GetLegalAdviser
{
    public static async Task<Results<Ok<LegalAdviserResponse>, NotFound>> HandleAsync(
        string code, ClaimsPrincipal user, PartyDb db, PersonalDataProtector protector, CancellationToken cancellationToken) =>
        await db.ReachesAsync(user, code, cancellationToken)
        && await db.LegalAdvisers.AsNoTracking().FirstOrDefaultAsync(a => a.CommunityCode == code, cancellationToken) is { } adviser
            ? TypedResults.Ok(adviser.ToResponse(protector))
            : TypedResults.NotFound();
}
