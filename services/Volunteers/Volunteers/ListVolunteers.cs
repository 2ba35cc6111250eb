using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.RegionReplica;
using Platform.ServiceDefaults.Security;
using Platform.Volunteers.Data;
using Platform.Volunteers.Http;

namespace Platform.Volunteers.Volunteers;

public static class ListVolunteers
{
    public static async Task<Results<Ok<Page<VolunteerResponse>>, ValidationProblem, ForbidHttpResult>> HandleAsync(
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

        var volunteers = await db.Volunteers.AsNoTracking()
            .Where(v => v.CommunityCode.StartsWith(prefix))
            .OrderBy(v => v.Id)
            .ToPageAsync(page, cancellationToken);
        return TypedResults.Ok(volunteers.Map(v => v.ToResponse()));
    }
}
