using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.RegionReplica;
using Platform.ServiceDefaults.Security;
using Platform.Volunteers.Data;
using Platform.Volunteers.Http;

namespace Platform.Volunteers.Teams;

public static class ListTeams
{
    public static async Task<Results<Ok<Page<TeamResponse>>, ValidationProblem, ForbidHttpResult>> HandleAsync(
        string region, ClaimsPrincipal user, [AsParameters] PageRequest page, VolunteersDb db, RegionDirectory regions, CancellationToken cancellationToken)
    {
        var (prefix, errors) = await regions.ResolveListAsync(region, page, cancellationToken);
        if (prefix is null || errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!user.CanReach(region))
        {
            return TypedResults.Forbid();
        }

        var teams = await db.Teams.AsNoTracking()
            .Where(t => t.CommunityCode.StartsWith(prefix))
            .OrderBy(t => t.Id)
            .ToPageAsync(page, cancellationToken);
        return TypedResults.Ok(teams.Map(t => t.ToResponse()));
    }

    public static async Task<Results<Ok<TeamResponse>, NotFound>> GetAsync(
        Guid teamId, ClaimsPrincipal user, VolunteersDb db, CancellationToken cancellationToken) =>
        await db.Teams.AsNoTracking().FirstOrDefaultAsync(t => t.Id == teamId, cancellationToken) is { } team
        && user.CanReach(team.CommunityCode)
            ? TypedResults.Ok(team.ToResponse())
            : TypedResults.NotFound();
}
