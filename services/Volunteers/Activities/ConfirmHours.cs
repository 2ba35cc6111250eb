using Platform.ServiceDefaults.Problems;
using Platform.Messaging;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Volunteers;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Volunteers.Data;
using Platform.Volunteers.Shared;
using Platform.Volunteers.Points;

namespace Platform.Volunteers.Activities;

/// <summary>
/// Omitted minutes confirm the checked time; other minutes need a reason and are audited. <c>version</c>, when given,
/// is the participation's version the organiser read.
/// </summary>
public sealed record ConfirmHoursRequest([Range(0, 7 * 24 * 60)] int? Minutes, [StringLength(500)] string? Reason, uint? Version = null);

public sealed record HoursConfirmedResponse(Guid ActivityId, Guid VolunteerId, int CheckedMinutes, int ConfirmedMinutes, string? Reason, long PointsCredited, DateTimeOffset ConfirmedAt);

public static class ConfirmHours
{
    /// <summary>
    /// Confirms the hours and credits the points in one transaction. A second confirmation of the same volunteer is a
    /// 409: by the participation's state, by its row version when both race, and last by the unique indexes on the
    /// audit record and the ledger's credit. An activity out of the caller's reach is 404 before any of that.
    /// </summary>
    public static async Task<Results<Ok<HoursConfirmedResponse>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid activityId, Guid volunteerId, ConfirmHoursRequest? request, ClaimsPrincipal user, VolunteersDb db, PointsRates rates, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var activity = await db.Activities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == activityId, cancellationToken);
        if (activity is null || !user.CanReach(activity.CommunityCode))
        {
            return TypedResults.NotFound();
        }

        var participation = await db.Participations.FirstOrDefaultAsync(p => p.ActivityId == activityId && p.VolunteerId == volunteerId, cancellationToken);
        if (participation is null)
        {
            return TypedResults.NotFound();
        }

        if (Versions.IsStale(request?.Version, participation.Version))
        {
            return Versions.Stale();
        }

        var minutes = request?.Minutes ?? participation.CheckedMinutes;
        var errors = HoursConfirmation.Check(participation.CheckedMinutes, minutes, request?.Reason, activity);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var now = clock.GetUtcNow();
        if (participation.ConfirmHours(minutes, now) is { } refusal)
        {
            return refusal.ToConflict();
        }

        var confirmation = HoursConfirmation.Record(participation, minutes, request?.Reason, now);
        db.HoursConfirmations.Add(confirmation);
        db.Publish(new ServiceHoursConfirmed(activityId, volunteerId, activity.Category, activity.CommunityCode, minutes, confirmation.Adjusted, now));

        var points = rates.PointsFor(activity.Category, minutes);
        if (points > 0)
        {
            var credit = PointsEntry.Credit(volunteerId, points, activityId, now);
            db.PointsEntries.Add(credit);
            db.Publish(new PointsCredited(credit.Id, volunteerId, points, activityId, now));
        }

        if (await db.SaveOrStaleAsync(cancellationToken) is { } stale)
        {
            return stale;
        }

        return TypedResults.Ok(new HoursConfirmedResponse(activityId, volunteerId, confirmation.CheckedMinutes, minutes, confirmation.Reason, points, now));
    }
}
