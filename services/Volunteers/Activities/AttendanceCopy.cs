using Platform.Security;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Platform.Contracts.Volunteers;
using Platform.Data;
using Platform.Messaging;
using Platform.Volunteers.Data;
using Platform.Volunteers.Points;

namespace Platform.Volunteers.Activities;

/// <summary>
/// Writes an attendance import with binary COPY in one transaction: the confirmed participations, their hours
/// confirmations and points credits, the places taken, and one <c>AttendanceImported</c> per activity into the outbox.
/// A participation written meanwhile by someone else makes the primary key refuse the whole import (a 409).
/// </summary>
internal static class AttendanceCopy
{
    public static Task<AttendanceImportResult> WriteAsync(VolunteersDb db, List<AttendanceRow> rows, IReadOnlyDictionary<Guid, Activity> activities,
        PointsRates rates, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async ct =>
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            var points = rows.Select(r => rates.PointsFor(activities[r.ActivityId].Category, r.Minutes)).ToList();
            await CopyParticipationsAsync(connection, rows, activities, ct);
            await CopyConfirmationsAsync(connection, rows, activities, now, ct);
            await CopyCreditsAsync(connection, rows, points, activities, now, ct);
            var perActivity = rows.Select((r, i) => (Row: r, Points: points[i])).GroupBy(x => x.Row.ActivityId).ToList();
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                UPDATE activities AS a SET signed_up = a.signed_up + u.n
                FROM unnest({perActivity.Select(g => g.Key).ToArray()}, {perActivity.Select(g => g.Count()).ToArray()}) AS u(id, n)
                WHERE a.id = u.id
                """, ct);
            var importId = Guid.CreateVersion7(now);
            foreach (var group in perActivity)
            {
                var activity = activities[group.Key];
                db.Publish(new AttendanceImported(importId, activity.Id, activity.Category, activity.CommunityCode, group.Count(),
                    group.Sum(x => (long)x.Row.Minutes), group.Sum(x => x.Points), activity.EndsAt));
            }

            var key = importId.ToString();
            db.AuditBulkWrite(nameof(Participation), key, rows.Count);
            db.AuditBulkWrite(nameof(HoursConfirmation), key, rows.Count);
            db.AuditBulkWrite(nameof(PointsEntry), key, points.Count(p => p > 0));
            await db.SaveChangesAsync(ct);
            return new AttendanceImportResult(rows.Count, 0, perActivity.Count, rows.Sum(r => (long)r.Minutes), points.Sum());
        }, cancellationToken);

    private static async Task CopyParticipationsAsync(NpgsqlConnection connection, List<AttendanceRow> rows, IReadOnlyDictionary<Guid, Activity> activities, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY participations (activity_id, volunteer_id, status, signed_up_at, checked_in_at, checked_out_at, confirmed_minutes, confirmed_at) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var r in rows)
        {
            var activity = activities[r.ActivityId];
            await copy.WriteRowAsync(ct, r.ActivityId, r.VolunteerId, nameof(ParticipationStatus.Confirmed), activity.StartsAt, activity.StartsAt,
                activity.StartsAt.AddMinutes(r.Minutes), r.Minutes, activity.EndsAt);
        }

        await copy.CompleteAsync(ct);
    }

    private static async Task CopyConfirmationsAsync(NpgsqlConnection connection, List<AttendanceRow> rows, IReadOnlyDictionary<Guid, Activity> activities,
        DateTimeOffset now, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY hours_confirmations (id, activity_id, volunteer_id, checked_minutes, confirmed_minutes, confirmed_at) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var r in rows)
        {
            await copy.WriteRowAsync(ct, Guid.CreateVersion7(now), r.ActivityId, r.VolunteerId, r.Minutes, r.Minutes, activities[r.ActivityId].EndsAt);
        }

        await copy.CompleteAsync(ct);
    }

    private static async Task CopyCreditsAsync(NpgsqlConnection connection, List<AttendanceRow> rows, List<long> points,
        IReadOnlyDictionary<Guid, Activity> activities, DateTimeOffset now, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY points_entries (id, volunteer_id, kind, points, activity_id, recorded_at) FROM STDIN (FORMAT BINARY)", ct);
        for (var i = 0; i < rows.Count; i++)
        {
            // A credit is positive: minutes worth no whole point earn no ledger line, as a single confirmation does.
            if (points[i] > 0)
            {
                await copy.WriteRowAsync(ct, Guid.CreateVersion7(now), rows[i].VolunteerId, nameof(PointsEntryKind.Credit), points[i], rows[i].ActivityId,
                    activities[rows[i].ActivityId].EndsAt);
            }
        }

        await copy.CompleteAsync(ct);
    }
}
