using Platform.Messaging;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts.Volunteers;
using Platform.Imports;
using Platform.Volunteers.Data;
using Platform.Volunteers.Shared;

namespace Platform.Volunteers.Activities;

public static class ImportActivities
{
    private static readonly ImportColumns Columns = new(
        ["title", "category", "organiserTeamId", "communityCode", "startsAt", "endsAt", "capacity"], ["id", "participants"]);

    /// <summary>
    /// Activities in bulk from CSV (id optional, title, category, organiserTeamId, communityCode, startsAt, endsAt,
    /// capacity, participants optional). A row with participants is an activity that took place: it is recorded completed
    /// at its end with an ActivityCompleted event carrying that many participants (who they were is not part of the
    /// import). Good rows are written in one transaction; bad rows and ids already registered are reported.
    /// </summary>
    public static async Task<Results<Ok<ImportReport>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        HttpRequest request, ClaimsPrincipal user, VolunteersDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (import, problem) = await BulkImport.ReadAsync(request, Columns, user, db, clock, cancellationToken);
        if (import is null)
        {
            return BulkImport.Refused(problem!);
        }

        var teams = await import.KnownAsync(ids => db.Teams.Where(t => ids.Contains(t.Id) && t.CommunityCode.StartsWith(import.ScopePrefix)).Select(t => t.Id), cancellationToken, "organiserTeamId");
        var activities = await import.KnownAsync(ids => db.Activities.Where(a => ids.Contains(a.Id)).Select(a => a.Id), cancellationToken, "id");
        return await import.RunAsync(db, activities, "An activity", (row, id, community) =>
        {
            var title = row.Text("title", 200);
            var category = row.Named<ActivityCategory>("category");
            var team = row.Reference("organiserTeamId", teams, "team");
            var (startsAt, endsAt) = (row.Time("startsAt"), row.Time("endsAt"));
            if (startsAt is { } start && endsAt is { } end)
            {
                foreach (var (field, messages) in Activity.CheckSchedule(start, end))
                {
                    Array.ForEach(messages, m => row.Error(field, m));
                }
            }

            var capacity = row.Number("capacity", 1, 10_000);
            int? participants = row["participants"] is not null ? row.Number("participants", 0, capacity ?? 10_000) : null;
            if (participants is not null && endsAt > import.Now)
            {
                row.Error("participants", "Only an activity that has ended has participants to record.");
            }

            if (row.HasErrors)
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
