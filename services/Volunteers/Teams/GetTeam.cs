using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Security;
using Platform.Volunteers.Data;

namespace Platform.Volunteers.Teams;

public static class GetTeam
{
    public static async Task<Results<Ok<TeamResponse>, NotFound>> HandleAsync(
        Guid teamId, ClaimsPrincipal user, VolunteersDb db, CancellationToken cancellationToken) =>
        await db.Teams.AsNoTracking().FirstOrDefaultAsync(t => t.Id == teamId, cancellationToken) is { } team
        && user.CanReach(team.CommunityCode)
            ? TypedResults.Ok(team.ToResponse())
            : TypedResults.NotFound();
}
