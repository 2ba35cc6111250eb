using Platform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Volunteers.Data;
using Platform.Volunteers.Shared;

namespace Platform.Volunteers.Activities;

/// <summary>
/// When the volunteer arrived or left; omitted, it is now (the volunteer's own phone). The organiser may record an
/// earlier time. <c>version</c>, when given, is the participation's version the client read.
/// </summary>
public sealed record AttendanceRequest(DateTimeOffset? At, uint? Version = null);

/// <summary>
/// What check-in and check-out (签到/签退) share: by the organiser or by the volunteer within the activity's window;
/// another volunteer's participation, or an activity out of reach, is 404.
/// </summary>
internal static class AttendanceRecording
{
    public static DateTimeOffset At(AttendanceRequest? request, TimeProvider clock) => request?.At?.ToUniversalTime() ?? clock.GetUtcNow();

    public static async Task<Results<Ok<ParticipationResponse>, NotFound, ProblemHttpResult>> RecordAsync(
        Guid activityId, Guid volunteerId, uint? version, ClaimsPrincipal user, VolunteersDb db, Func<Participation, Activity, Refusal?> transition,
        CancellationToken cancellationToken)
    {
        if (!user.MayActForVolunteer(volunteerId))
        {
            return TypedResults.NotFound();
        }

        var activity = await db.Activities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == activityId, cancellationToken);
        var participation = await db.Participations.FirstOrDefaultAsync(p => p.ActivityId == activityId && p.VolunteerId == volunteerId, cancellationToken);
        if (activity is null || participation is null || !user.CanReach(activity.CommunityCode))
        {
            return TypedResults.NotFound();
        }

        if (Versions.IsStale(version, participation.Version))
        {
            return Versions.Stale();
        }

        if (transition(participation, activity) is { } problem)
        {
            return problem.ToConflict();
        }

        return await db.SaveOrStaleAsync(cancellationToken) is { } stale ? stale : TypedResults.Ok(participation.ToResponse());
    }
}
