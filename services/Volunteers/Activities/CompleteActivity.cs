using Platform.ServiceDefaults.Problems;
using Platform.Messaging;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Volunteers;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Volunteers.Data;
using Platform.Volunteers.Shared;

namespace Platform.Volunteers.Activities;

/// <summary><c>version</c>, when given, is the activity's version the organiser read.</summary>
public sealed record CompleteActivityRequest(uint? Version);

public static class CompleteActivity
{
    /// <summary>Closes the activity: sign-ups that never checked in become no-shows. An activity out of reach is 404.</summary>
    public static async Task<Results<Ok<ActivityResponse>, NotFound, ProblemHttpResult>> HandleAsync(
        Guid activityId, CompleteActivityRequest? request, ClaimsPrincipal user, VolunteersDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var activity = await db.Activities.FirstOrDefaultAsync(a => a.Id == activityId, cancellationToken);
        if (activity is null || !user.CanReach(activity.CommunityCode))
        {
            return TypedResults.NotFound();
        }

        if (Versions.IsStale(request?.Version, activity.Version))
        {
            return Versions.Stale();
        }

        var now = clock.GetUtcNow();
        if (activity.Complete(now) is { } problem)
        {
            return ConflictProblem.For("activityId", problem);
        }

        var participations = await db.Participations.Where(p => p.ActivityId == activityId).ToListAsync(cancellationToken);
        var noShows = participations.Where(p => p.Status == ParticipationStatus.SignedUp).ToList();
        noShows.ForEach(p => p.MarkNoShow());
        var participants = participations.Count(p => p.Status is ParticipationStatus.CheckedIn or ParticipationStatus.CheckedOut or ParticipationStatus.Confirmed);
        db.Publish(new ActivityCompleted(activity.Id, activity.Category, activity.CommunityCode, activity.OrganiserTeamId, participants, noShows.Count, now));
        return await db.SaveOrStaleAsync(cancellationToken) is { } stale ? stale : TypedResults.Ok(activity.ToResponse());
    }
}
