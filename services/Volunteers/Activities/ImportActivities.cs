using Platform.Messaging;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts.Volunteers;
using Platform.Volunteers.Data;
using Platform.Volunteers.Shared;
using Platform.Volunteers.Volunteers.Import;

namespace Platform.Volunteers.Activities;

public static class ImportActivities
{
    private static readonly string[] Required = ["title", "category", "organiserTeamId", "communityCode", "startsAt", "endsAt", "capacity"];

    /// <summary>
    /// Activities in bulk from CSV (id optional, title, category, organiserTeamId, communityCode, startsAt, endsAt,
    /// capacity, participants optional). A row with participants is an activity that took place: it is recorded completed
    /// at its end with an ActivityCompleted event carrying that many participants (who they were is not part of the
    /// import). Good rows are written in one transaction; bad rows and ids already registered are reported.
    /// </summary>
    public static async Task<Results<Ok<ImportReport>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        HttpRequest request, ClaimsPrincipal user, VolunteersDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (import, problem) = await BulkImport.ReadAsync(request, Required, user, db, clock, cancellationToken);
        if (import is null)
        {
            return BulkImport.Refused(problem!);
        }

        var teams = await import.KnownAsync(ids => db.Teams.Where(t => ids.Contains(t.Id) && t.CommunityCode.StartsWith(import.ScopePrefix)).Select(t => t.Id), cancellationToken, "organiserTeamId");
        var activities = await import.KnownAsync(ids => db.Activities.Where(a => ids.Contains(a.Id)).Select(a => a.Id), cancellationToken, "id");
        return await import.RunAsync(db, activities, "An activity", (row, id, community, errors) =>
        {
            var title = ImportChecks.Text(row["title"], row.Row, "title", 200, errors);
            var category = ImportChecks.Named<ActivityCategory>(row["category"], row.Row, "category", errors);
            var team = ImportChecks.Reference(row["organiserTeamId"], row.Row, "organiserTeamId", teams, "team", errors);
            var (startsAt, endsAt) = (ImportChecks.Time(row["startsAt"], row.Row, "startsAt", errors), ImportChecks.Time(row["endsAt"], row.Row, "endsAt", errors));
            if (startsAt is { } start && endsAt is { } end)
            {
                errors.AddRange(Activity.CheckSchedule(start, end).SelectMany(e => e.Value.Select(m => new ImportError(row.Row, e.Key, m))));
            }

            var capacity = ImportChecks.Number(row["capacity"], row.Row, "capacity", 1, 10_000, errors);
            int? participants = row["participants"] is { } text ? ImportChecks.Number(text, row.Row, "participants", 0, capacity ?? 10_000, errors) : null;
            if (participants is not null && endsAt > import.Now)
            {
                errors.Add(new ImportError(row.Row, "participants", "Only an activity that has ended has participants to record."));
            }

            if (errors.Count > 0)
            {
                return false;
            }

            var activity = Activity.Plan(title!, category!.Value, team!.Value, community!, startsAt!.Value, endsAt!.Value, capacity!.Value, import.Now, id);
            db.Activities.Add(activity);
            if (participants is { } count)
            {
                activity.Complete(activity.EndsAt);
                db.Publish(new ActivityCompleted(activity.Id, activity.Category, activity.CommunityCode, activity.OrganiserTeamId, count, 0, activity.EndsAt));
            }

            return true;
        }, cancellationToken);
    }
}
