using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.PartyBuilding.Shared;
using Platform.PartyBuilding.Data;

namespace Platform.PartyBuilding.Organisations;

internal static class OrganisationScope
{
    /// <summary>The organisation with <paramref name="id"/> when its region lies in the caller's subtree, otherwise null (answered as unknown).</summary>
    public static async Task<PartyOrganisation?> FindReachableOrganisationAsync(
        this PartyDb db, ClaimsPrincipal user, Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var organisations = tracked ? db.Organisations : db.Organisations.AsNoTracking();
        return await organisations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken) is { } organisation
            && await db.ReachesAsync(user, organisation.RegionCode, cancellationToken)
            ? organisation
            : null;
    }
}
