using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Volunteers.Data;

namespace Platform.Volunteers.Teams;

public sealed record JoinTeamRequest([Required] Guid? VolunteerId);

public static class JoinTeam
{
    /// <summary>Joining a team one already belongs to is a 409 from the open-membership unique index.</summary>
    public static async Task<Results<Created<MembershipResponse>, NotFound, ValidationProblem>> HandleAsync(
        Guid teamId, JoinTeamRequest request, VolunteersDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await db.Teams.AnyAsync(t => t.Id == teamId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        if (!await db.Volunteers.AnyAsync(v => v.Id == request.VolunteerId, cancellationToken))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["volunteerId"] = ["No volunteer has this id."] });
        }

        var membership = TeamMembership.Join(teamId, request.VolunteerId!.Value, clock.GetUtcNow());
        db.TeamMemberships.Add(membership);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{VolunteersApi.Prefix}/teams/{teamId}/members/{membership.VolunteerId}", membership.ToResponse());
    }
}
