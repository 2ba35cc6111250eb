using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.PartyBuilding.Data;
using Platform.PersonalData;

namespace Platform.PartyBuilding.Members;

public static class GetMember
{
    public static async Task<Results<Ok<MemberResponse>, NotFound>> HandleAsync(
        Guid id, PartyDb db, PersonalDataProtector protector, CancellationToken cancellationToken) =>
        await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken) is { } member
            ? TypedResults.Ok(member.ToResponse(protector))
            : TypedResults.NotFound();
}
