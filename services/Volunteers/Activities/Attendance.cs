using Microsoft.AspNetCore.Http.HttpResults;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Security;
using Platform.Volunteers.Data;
using Platform.Volunteers.Http;

namespace Platform.Volunteers.Activities;

/// <summary>When the volunteer arrived or left; omitted, it is now (the volunteer's own phone). The organiser may record an earlier time.</summary>
public sealed record AttendanceRequest(DateTimeOffset? At);

/// <summary>Check-in and check-out (签到/签退), by the organiser or by the volunteer within the activity's window.</summary>
public static class Attendance
{
    public static Task<Results<Ok<ParticipationResponse>, NotFound, ProblemHttpResult, ForbidHttpResult>> CheckInAsync(
        Guid activityId, Guid volunteerId, AttendanceRequest? request, ClaimsPrincipal user, VolunteersDb db, TimeProvider clock, CancellationToken cancellationToken) =>
        RecordAsync(activityId, volunteerId, user, db, (p, a) => p.CheckIn(a, At(request, clock), clock.GetUtcNow()), cancellationToken);

    public static Task<Results<Ok<ParticipationResponse>, NotFound, ProblemHttpResult, ForbidHttpResult>> CheckOutAsync(
        Guid activityId, Guid volunteerId, AttendanceRequest? request, ClaimsPrincipal user, VolunteersDb db, TimeProvider clock, CancellationToken cancellationToken) =>
        RecordAsync(activityId, volunteerId, user, db, (p, a) => p.CheckOut(a, At(request, clock), clock.GetUtcNow()), cancellationToken);

    private static DateTimeOffset At(AttendanceRequest? request, TimeProvider clock) => request?.At?.ToUniversalTime() ?? clock.GetUtcNow();

    private static async Task<Results<Ok<ParticipationResponse>, NotFound, ProblemHttpResult, ForbidHttpResult>> RecordAsync(
        Guid activityId, Guid volunteerId, ClaimsPrincipal user, VolunteersDb db, Func<Participation, Activity, Refusal?> transition,
        CancellationToken cancellationToken)
    {
        if (!user.MayActFor(volunteerId))
        {
            return TypedResults.Forbid();
        }

        var activity = await db.Activities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == activityId, cancellationToken);
        var participation = await db.Participations.FirstOrDefaultAsync(p => p.ActivityId == activityId && p.VolunteerId == volunteerId, cancellationToken);
        if (activity is null || participation is null || !user.CanReach(activity.CommunityCode))
        {
            return TypedResults.NotFound();
        }

        if (transition(participation, activity) is { } problem)
        {
            return Conflicts.Of(problem);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(participation.ToResponse());
    }
}
