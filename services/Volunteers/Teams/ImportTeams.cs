using Platform.Messaging;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts.Volunteers;
using Platform.Imports;
using Platform.Volunteers.Data;
using Platform.Volunteers.Shared;

namespace Platform.Volunteers.Teams;

public static class ImportTeams
{
    private static readonly ImportColumns Columns = new(["name", "colour", "communityCode", "leaderId"], ["id"]);

    /// <summary>
    /// Teams in bulk from CSV (id optional, name, colour, communityCode, leaderId): each row is checked as forming a team
    /// would be; good rows are written in one transaction with their leaders' memberships and their TeamFormed events,
    /// bad rows are reported. A row whose id is already a team is reported and not written again.
    /// </summary>
    public static async Task<Results<Ok<ImportReport>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        HttpRequest request, ClaimsPrincipal user, VolunteersDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (import, problem) = await BulkImport.ReadAsync(request, Columns, user, db, clock, cancellationToken);
        if (import is null)
        {
            return BulkImport.Refused(problem!);
        }

        var leaders = await import.KnownAsync(ids => db.Volunteers.Where(v => ids.Contains(v.Id) && v.CommunityCode.StartsWith(import.ScopePrefix)).Select(v => v.Id), cancellationToken, "leaderId");
        var teams = await import.KnownAsync(ids => db.Teams.Where(t => ids.Contains(t.Id)).Select(t => t.Id), cancellationToken, "id");
        return await import.RunAsync(db, teams, "A team", (row, id, community) =>
        {
            var name = row.Text("name", 100);
            var colour = row.Named<TeamColour>("colour");
            var leader = row.Reference("leaderId", leaders, "volunteer");
            if (row.HasErrors)
            {
                return false;
            }

            var team = Team.Form(name!, colour!.Value, community!, leader!.Value, import.Now, id);
            db.Teams.Add(team);
            db.TeamMemberships.Add(TeamMembership.Join(team.Id, team.LeaderId, import.Now));
            db.Publish(team.Formed());
            return true;
        }, cancellationToken);
    }
}
