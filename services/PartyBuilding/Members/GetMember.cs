using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.PartyBuilding.Shared;
using Platform.PartyBuilding.Data;
using Platform.PersonalData;

namespace Platform.PartyBuilding.Members;

public static class GetMember
{
    /// <summary>A member who does not belong to the caller's subtree is answered as unknown.</summary>
    public static async Task<Results<Ok<MemberResponse>, NotFound>> HandleAsync(
        Guid id, ClaimsPrincipal user, PartyDb db, PersonalDataProtector protector, CancellationToken cancellationToken) =>
        await db.FindReachableMemberAsync(user, id, cancellationToken) is { } member
            ? TypedResults.Ok(member.ToResponse(protector))
            : TypedResults.NotFound();

    /// <summary>The member with <paramref name="id"/> when it belongs to the caller's subtree, otherwise null.</summary>
    internal static async Task<PartyMember?> FindReachableMemberAsync(this PartyDb db, ClaimsPrincipal user, Guid id, CancellationToken cancellationToken) =>
        await db.ReachOfAsync(user, cancellationToken) is { Prefix: { } prefix } reach
            ? await db.Members.AsNoTracking().Where(m => m.Id == id).InSubtree(db, prefix, reach.IsCity).FirstOrDefaultAsync(cancellationToken)
            : null;
}
