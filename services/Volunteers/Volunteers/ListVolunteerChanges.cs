using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.RegionReplica;
using Platform.Data;
using Platform.RegionReplica.Queries;
using Platform.Volunteers.Data;

namespace Platform.Volunteers.Volunteers;

/// <summary>
/// The change feed beside the list (docs/api.md, section 6): the same masked records, in the order their changes
/// committed. A volunteer never leaves the platform (there is no such state), so <c>removed</c> is always false.
/// </summary>
public static class ListVolunteerChanges
{
    public static Task<Results<Ok<ChangePage<VolunteerResponse>>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        string? region, string? after, int? pageSize, ClaimsPrincipal user, VolunteersDb db, RegionDirectory regions, CancellationToken cancellationToken) =>
        regions.ChangesInRegionAsync(db, region, after, pageSize, user,
            prefix => db.Volunteers.AsNoTracking().Where(v => v.CommunityCode.StartsWith(prefix)), v => v.Id, _ => false, v => v.ToResponse(),
            cancellationToken);
}
