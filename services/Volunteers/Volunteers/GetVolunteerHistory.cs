using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Volunteers;
using Platform.Volunteers.Activities;
using Platform.Volunteers.Data;
using Platform.Volunteers.Points;

namespace Platform.Volunteers.Volunteers;

public sealed record HistoryActivity(
    Guid ActivityId, string Title, ActivityCategory Category, DateTimeOffset StartsAt, ParticipationStatus Status,
    DateTimeOffset? CheckedInAt, DateTimeOffset? CheckedOutAt, int? ConfirmedMinutes);

public sealed record VolunteerHistoryResponse(Guid VolunteerId, int ConfirmedMinutes, long PointsBalance, IReadOnlyList<HistoryActivity> Activities);

/// <summary>A volunteer's own record: activities, confirmed hours and points balance (keyed by volunteer id so an owner check can sit on it).</summary>
public static class GetVolunteerHistory
{
    public static async Task<Results<Ok<VolunteerHistoryResponse>, NotFound>> HandleAsync(
        Guid id, ClaimsPrincipal user, VolunteersDb db, PointsLedger ledger, CancellationToken cancellationToken)
    {
        if (!await db.CanSeeVolunteerAsync(user, id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var activities = await db.Participations.AsNoTracking()
            .Where(p => p.VolunteerId == id)
            .Join(db.Activities, p => p.ActivityId, a => a.Id, (p, a) => new { p, a })
            .OrderByDescending(x => x.a.StartsAt).ThenBy(x => x.a.Id)
            .Select(x => new HistoryActivity(
                x.a.Id, x.a.Title, x.a.Category, x.a.StartsAt, x.p.Status, x.p.CheckedInAt, x.p.CheckedOutAt, x.p.ConfirmedMinutes))
            .ToListAsync(cancellationToken);
        var minutes = activities.Sum(a => a.ConfirmedMinutes ?? 0);
        return TypedResults.Ok(new VolunteerHistoryResponse(id, minutes, await ledger.BalanceAsync(id, cancellationToken), activities));
    }
}
