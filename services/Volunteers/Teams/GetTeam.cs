using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.RegionReplica;
using Platform.Data;
using Platform.RegionReplica.Queries;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Volunteers.Data;
using Platform.Volunteers.Shared;

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
