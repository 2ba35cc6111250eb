using Platform.ServiceDefaults.Problems;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Volunteers.Data;
using Platform.Volunteers.Shared;

namespace Platform.Volunteers.Teams;

public static class LeaveTeam
{
    /// <summary>A volunteer takes only themselves out of a team: another volunteer's membership, like a team out of reach, is 404.</summary>
    public static async Task<Results<Ok<MembershipResponse>, NotFound, ProblemHttpResult>> HandleAsync(
        Guid teamId, Guid volunteerId, ClaimsPrincipal user, VolunteersDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!user.MayActForVolunteer(volunteerId))
        {
            return TypedResults.NotFound();
        }

        var team = await db.Teams.AsNoTracking().FirstOrDefaultAsync(t => t.Id == teamId, cancellationToken);
        var membership = await db.TeamMemberships
            .FirstOrDefaultAsync(m => m.TeamId == teamId && m.VolunteerId == volunteerId && m.LeftAt == null, cancellationToken);
        if (team is null || membership is null || !user.CanReach(team.CommunityCode))
        {
            return TypedResults.NotFound();
        }

        if (team.LeaderId == volunteerId)
        {
            return ConflictProblem.For("volunteerId", "The leader cannot leave the team.");
        }

        membership.Leave(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(membership.ToResponse());
    }
}
