using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.RegionReplica;
using Platform.RegionReplica.Queries;
using Platform.ServiceDefaults.Security;
using Platform.Volunteers.Data;
using Platform.Volunteers.Http;

namespace Platform.Volunteers.Teams;

public static class ListTeams
{
    public static Task<Results<Ok<Page<TeamResponse>>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        string region, ClaimsPrincipal user, [AsParameters] PageRequest page, VolunteersDb db, RegionDirectory regions, CancellationToken cancellationToken) =>
        regions.ListInRegionAsync(region, user, page,
            prefix => db.Teams.AsNoTracking().Where(t => t.CommunityCode.StartsWith(prefix)).OrderBy(t => t.Id),
            t => t.ToResponse(), cancellationToken);

    public static async Task<Results<Ok<TeamResponse>, NotFound>> GetAsync(
        Guid teamId, ClaimsPrincipal user, VolunteersDb db, CancellationToken cancellationToken) =>
        await db.Teams.AsNoTracking().FirstOrDefaultAsync(t => t.Id == teamId, cancellationToken) is { } team
        && user.CanReach(team.CommunityCode)
            ? TypedResults.Ok(team.ToResponse())
            : TypedResults.NotFound();
}
