using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.RegionReplica;
using Platform.Data;
using Platform.RegionReplica.Queries;
using Platform.Volunteers.Data;
using Platform.Volunteers.Shared;

namespace Platform.Volunteers.Volunteers;

public static class ListVolunteers
{
    /// <summary>Volunteers of the region's subtree registered within the days asked for, by id (ids are time-ordered UUIDv7).</summary>
    public static Task<Results<Ok<Page<VolunteerResponse>>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        string? region, int? page, int? pageSize, DateOnly? from, DateOnly? to, ClaimsPrincipal user, VolunteersDb db, RegionDirectory regions,
        CancellationToken cancellationToken)
    {
        var dates = new DateRange(from, to);
        return regions.ListAsync(region, user, new PageRequest(page, pageSize), dates,
            prefix => db.Volunteers.AsNoTracking()
                .Where(v => v.CommunityCode.StartsWith(prefix))
                .Within(dates, v => v.RegisteredAt)
                .OrderBy(v => v.Id),
            v => v.ToResponse(), cancellationToken);
    }
}
