using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Volunteers.Data;
using Platform.Volunteers.Shared;

namespace Platform.Volunteers.Volunteers;

public static class VolunteerAccess
{
    /// <summary>
    /// True when the volunteer exists and the caller may see it: a volunteer only themself, others within their region.
    /// A profile out of reach answers like an unknown one (404), so that its existence is not disclosed.
    /// </summary>
    public static async Task<bool> CanSeeVolunteerAsync(this VolunteersDb db, ClaimsPrincipal user, Guid id, CancellationToken cancellationToken) =>
        await db.Volunteers.Where(v => v.Id == id).Select(v => v.CommunityCode).FirstOrDefaultAsync(cancellationToken) is { } community
        && user.CanSeeVolunteer(id, community);
}
