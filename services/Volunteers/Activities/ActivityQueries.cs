using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.RegionReplica;
using Platform.RegionReplica.Queries;
using Platform.ServiceDefaults.Security;
using Platform.Volunteers.Data;
using Platform.Volunteers.Http;

namespace Platform.Volunteers.Activities;

public static class ActivityQueries
{
    public static Task<Results<Ok<Page<ActivityResponse>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        string region, ClaimsPrincipal user, [AsParameters] PageRequest page, VolunteersDb db, RegionDirectory regions, CancellationToken cancellationToken) =>
        regions.ListInRegionAsync(region, user, page,
            prefix => db.Activities.AsNoTracking().Where(a => a.CommunityCode.StartsWith(prefix))
                .OrderByDescending(a => a.StartsAt).ThenBy(a => a.Id),
            a => a.ToResponse(), cancellationToken);

    public static async Task<Results<Ok<ActivityResponse>, NotFound>> GetAsync(
        Guid activityId, ClaimsPrincipal user, VolunteersDb db, CancellationToken cancellationToken) =>
        await db.Activities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == activityId, cancellationToken) is { } activity
        && user.CanReach(activity.CommunityCode)
            ? TypedResults.Ok(activity.ToResponse())
            : TypedResults.NotFound();

    public static async Task<Results<Ok<List<ParticipationResponse>>, NotFound>> ParticipantsAsync(Guid activityId, VolunteersDb db, CancellationToken cancellationToken)
    {
        if (!await db.Activities.AnyAsync(a => a.Id == activityId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var participations = await db.Participations.AsNoTracking().Where(p => p.ActivityId == activityId)
            .OrderBy(p => p.SignedUpAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(participations.Select(p => p.ToResponse()).ToList());
    }
}
