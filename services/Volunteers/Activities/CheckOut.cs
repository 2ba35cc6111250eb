using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Volunteers.Data;

namespace Platform.Volunteers.Activities;

public static class CheckOut
{
    public static Task<Results<Ok<ParticipationResponse>, NotFound, ProblemHttpResult>> HandleAsync(
        Guid activityId, Guid volunteerId, AttendanceRequest? request, ClaimsPrincipal user, VolunteersDb db, TimeProvider clock, CancellationToken cancellationToken) =>
        AttendanceRecording.RecordAsync(activityId, volunteerId, request?.Version, user, db,
            (p, a) => p.CheckOut(a, AttendanceRecording.At(request, clock), clock.GetUtcNow()), cancellationToken);
}
