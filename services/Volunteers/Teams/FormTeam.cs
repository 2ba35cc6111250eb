using Platform.Messaging;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Volunteers;
using Platform.RegionReplica;
using Platform.Data;
using Platform.RegionReplica.Queries;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Volunteers.Data;
using Platform.Volunteers.Shared;

namespace Platform.Volunteers.Teams;

public sealed record FormTeamRequest(
    [Required, StringLength(100, MinimumLength = 1)] string Name,
    [Required] TeamColour? Colour,
    [Required, StringLength(12, MinimumLength = 12)] string CommunityCode,
    [Required] Guid? LeaderId);

public static class FormTeam
{
    /// <summary>
    /// Forms the team with its leader as the first member. The community must be in the caller's subtree (403 naming
    /// <c>communityCode</c>, before it is looked up); a leader out of reach is answered as an unknown one.
    /// </summary>
    public static async Task<Results<Created<TeamResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        FormTeamRequest request, ClaimsPrincipal user, VolunteersDb db, RegionDirectory regions, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!user.CanReach(request.CommunityCode))
        {
            return Reach.OutOfReach("communityCode");
        }

        var errors = await regions.IsLiveCommunityAsync(request.CommunityCode, cancellationToken) ? new Dictionary<string, string[]>() : RegionQueries.UnknownCommunity();
        var leaderCommunity = await db.Volunteers.Where(v => v.Id == request.LeaderId).Select(v => v.CommunityCode).FirstOrDefaultAsync(cancellationToken);
        if (!user.CanReach(leaderCommunity))
        {
            errors["leaderId"] = ["No volunteer has this id."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var now = clock.GetUtcNow();
        var team = Team.Form(request.Name, request.Colour!.Value, request.CommunityCode, request.LeaderId!.Value, now);
        db.Teams.Add(team);
        db.TeamMemberships.Add(TeamMembership.Join(team.Id, team.LeaderId, now));
        db.Publish(team.Formed());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{VolunteersService.Prefix}/teams/{team.Id}", team.ToResponse());
    }
}
