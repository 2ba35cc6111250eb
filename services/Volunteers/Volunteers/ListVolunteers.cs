using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.RegionReplica;
using Platform.RegionReplica.Queries;
using Platform.Volunteers.Data;
using Platform.Volunteers.Http;

namespace Platform.Volunteers.Volunteers;

public static class ListVolunteers
{
    public static Task<Results<Ok<Page<VolunteerResponse>>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        string region, ClaimsPrincipal user, [AsParameters] PageRequest page, VolunteersDb db, RegionDirectory regions, CancellationToken cancellationToken) =>
        regions.ListInRegionAsync(region, user, page,
            prefix => db.Volunteers.AsNoTracking().Where(v => v.CommunityCode.StartsWith(prefix)).OrderBy(v => v.Id),
            v => v.ToResponse(), cancellationToken);
}
