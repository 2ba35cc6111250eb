using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.RegionReplica;
using Platform.Data;
using Platform.Volunteers.Data;
using Platform.Volunteers.Shared;

namespace Platform.Volunteers.Activities;

public static class ListActivities
{
    /// <summary>Activities of the region's subtree starting on the days asked for (city days), latest first, then by id.</summary>
    public static Task<Results<Ok<Page<ActivityResponse>>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        string? region, int? page, int? pageSize, DateOnly? from, DateOnly? to, ClaimsPrincipal user, VolunteersDb db, RegionDirectory regions,
        CancellationToken cancellationToken)
    {
        var dates = new DateRange(from, to);
        return regions.ListAsync(region, user, new PageRequest(page, pageSize), dates,
            prefix => db.Activities.AsNoTracking()
                .Where(a => a.CommunityCode.StartsWith(prefix))
                .Within(dates, a => a.StartsAt)
                .OrderByDescending(a => a.StartsAt).ThenBy(a => a.Id),
            a => a.ToResponse(), cancellationToken);
    }
}
