using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Volunteers.Data;
using Platform.Volunteers.Shared;

namespace Platform.Volunteers.Teams;

public sealed record JoinTeamRequest([Required] Guid? VolunteerId);

public static class JoinTeam
{
    /// <summary>
    /// Joining a team one already belongs to is a 409 from the open-membership unique index. A volunteer joins only
    /// themselves (403 for another id); a team outside the caller's region is 404, as when reading it; a volunteer out of
    /// the caller's reach is answered as an unknown one.
    /// </summary>
    public static async Task<Results<Created<MembershipResponse>, NotFound, ValidationProblem, ForbidHttpResult>> HandleAsync(
        Guid teamId, JoinTeamRequest request, ClaimsPrincipal user, VolunteersDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!user.MayActForVolunteer(request.VolunteerId!.Value))
        {
            return TypedResults.Forbid();
        }

        var team = await db.Teams.AsNoTracking().FirstOrDefaultAsync(t => t.Id == teamId, cancellationToken);
        if (team is null || !user.CanReach(team.CommunityCode))
        {
            return TypedResults.NotFound();
        }

        var community = await db.Volunteers.Where(v => v.Id == request.VolunteerId).Select(v => v.CommunityCode).FirstOrDefaultAsync(cancellationToken);
        if (community is null || !user.MayActFor(request.VolunteerId.Value, community))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["volunteerId"] = ["No volunteer has this id."] });
        }

        var membership = TeamMembership.Join(teamId, request.VolunteerId!.Value, clock.GetUtcNow());
        db.TeamMemberships.Add(membership);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{VolunteersService.Prefix}/teams/{teamId}/members/{membership.VolunteerId}", membership.ToResponse());
    }
}
