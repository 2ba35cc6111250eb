using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Imports;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Volunteers.Data;
using Platform.Volunteers.Shared;
using Platform.Volunteers.Points;

namespace Platform.Volunteers.Activities;

public sealed record AttendanceImportResult(int Imported, int Skipped, int Activities, long Minutes, long Points);

/// <summary>One participant of a past activity and the minutes confirmed.</summary>
public sealed record AttendanceRow(Guid ActivityId, Guid VolunteerId, int Minutes);

public static class ImportAttendance
{
    private static readonly ImportColumns Columns = new(["activityId", "volunteerId", "minutes"]);

    /// <summary>
    /// Records who took part in activities that have ended, all or nothing: each row (activityId, volunteerId, minutes)
    /// becomes a confirmed participation, its hours confirmation and its points credit at the configured rate; rows
    /// already recorded are skipped, so a re-run changes nothing. Errors are keyed rows[n].field, n counting data rows from 1.
    /// A row whose activity or volunteer is out of the caller's reach refuses the whole import with 403.
    /// </summary>
    public static async Task<Results<Ok<AttendanceImportResult>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        HttpRequest request, ClaimsPrincipal user, VolunteersDb db, PointsRates rates, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (rows, errors) = await BulkImport.ReadRowsAsync(request.Body, Columns, cancellationToken);
        if (errors.Contains("header"))
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var activityIds = Ids(rows, "activityId");
        var activities = await db.Activities.AsNoTracking().Where(a => activityIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var volunteerIds = Ids(rows, "volunteerId");
        var communities = await db.Volunteers.Where(v => volunteerIds.Contains(v.Id))
            .ToDictionaryAsync(v => v.Id, v => v.CommunityCode, cancellationToken);
        if (ImportScope.Refuse(OutOfReach(rows, user, activities, communities)) is { } outOfReach)
        {
            return outOfReach;
        }

        var volunteers = communities.Keys.ToHashSet();
        var recorded = (await db.Participations.Where(p => activityIds.Contains(p.ActivityId))
            .Select(p => new { p.ActivityId, p.VolunteerId }).ToListAsync(cancellationToken)).Select(p => (p.ActivityId, p.VolunteerId)).ToHashSet();

        var (now, known) = (clock.GetUtcNow(), activities.Keys.ToHashSet());
        var fresh = new List<AttendanceRow>();
        var seen = new Dictionary<(Guid, Guid), int>();
        foreach (var row in rows)
        {
            var activityId = row.Reference("activityId", known, "activity");
            var volunteerId = row.Reference("volunteerId", volunteers, "volunteer");
            var minutes = row.Number("minutes", 0, 7 * 24 * 60);
            if (activityId is not { } a || volunteerId is not { } v || minutes is not { } m)
            {
                continue;
            }

            var activity = activities[a];
            if (activity.EndsAt > now || m > activity.Window.TotalMinutes)
            {
                row.Error(activity.EndsAt > now ? "activityId" : "minutes",
                    activity.EndsAt > now ? "Only an activity that has ended has attendance to record." : "Minutes cannot exceed the activity's time window.");
            }
            else if (!seen.TryAdd((a, v), row.Number))
            {
                row.Error("volunteerId", $"The same participant of this activity is on row {seen[(a, v)]}.");
            }
            else if (!recorded.Contains((a, v)))
            {
                fresh.Add(new AttendanceRow(a, v, m));
            }
        }

        foreach (var full in fresh.GroupBy(r => r.ActivityId).Where(g => activities[g.Key].SignedUp + g.Count() > activities[g.Key].Capacity))
        {
            errors.Add(seen.First(p => p.Key.Item1 == full.Key).Value, "activityId",
                $"The activity has {activities[full.Key].Capacity} places; the import would take {activities[full.Key].SignedUp + full.Count()}.");
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (fresh.Count == 0)
        {
            return TypedResults.Ok(new AttendanceImportResult(0, rows.Count, 0, 0, 0));
        }

        var written = await AttendanceCopy.WriteAsync(db, fresh, activities, rates, now, cancellationToken);
        return TypedResults.Ok(written with { Skipped = rows.Count - fresh.Count });
    }

    private static IEnumerable<string> OutOfReach(
        List<ImportRow> rows, ClaimsPrincipal user, Dictionary<Guid, Activity> activities, Dictionary<Guid, string> volunteers)
    {
        foreach (var row in rows)
        {
            if (Guid.TryParse(row["activityId"], out var a) && activities.TryGetValue(a, out var activity) && !user.CanReach(activity.CommunityCode))
            {
                yield return ImportErrors.Key(row.Number, "activityId");
            }

            if (Guid.TryParse(row["volunteerId"], out var v) && volunteers.TryGetValue(v, out var community) && !user.CanReach(community))
            {
                yield return ImportErrors.Key(row.Number, "volunteerId");
            }
        }
    }

    private static List<Guid> Ids(List<ImportRow> rows, string column) =>
        [.. rows.Select(r => Guid.TryParse(r[column], out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct()];
}
