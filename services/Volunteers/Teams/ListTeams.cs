using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.RegionReplica;
using Platform.Data;
using Platform.Volunteers.Data;
using Platform.Volunteers.Shared;

namespace Platform.Volunteers.Teams;

public static class ListTeams
{
    /// <summary>Teams of the region's subtree formed within the days asked for, by id (ids are time-ordered UUIDv7).</summary>
    public static Task<Results<Ok<Page<TeamResponse>>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        string? region, int? page, int? pageSize, DateOnly? from, DateOnly? to, ClaimsPrincipal user, VolunteersDb db, RegionDirectory regions,
        CancellationToken cancellationToken)
    {
        var dates = new DateRange(from, to);
        return regions.ListAsync(region, user, new PageRequest(page, pageSize), dates,
            prefix => db.Teams.AsNoTracking()
                .Where(t => t.CommunityCode.StartsWith(prefix))
                .Within(dates, t => t.FormedAt)
                .OrderBy(t => t.Id),
            t => t.ToResponse(), cancellationToken);
    }
}
