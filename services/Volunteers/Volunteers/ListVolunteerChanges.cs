using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.RegionReplica;
using Platform.Data;
using Platform.RegionReplica.Queries;
using Platform.Volunteers.Data;

namespace Platform.Volunteers.Volunteers;

/// <summary>
/// The change feed beside the list (docs/api.md, section 6): the same masked records, in the order their changes
/// committed. A volunteer never leaves the platform (there is no such state), so <c>removed</c> is always false.
/// </summary>
public static class ListVolunteerChanges
{
    public static async Task<Results<Ok<ChangePage<VolunteerResponse>>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        string? region, string? after, int? pageSize, ClaimsPrincipal user, VolunteersDb db, RegionDirectory regions, CancellationToken cancellationToken)
    {
        var page = new PageRequest(null, pageSize);
        var token = ChangeToken.Parse(after);
        var errors = token is null ? new Dictionary<string, string[]> { ["after"] = ["Not a token this feed handed out."] } : [];
        var (prefix, refusal) = await regions.ResolveListAsync(region, user, page, cancellationToken, errors);
        switch (refusal)
        {
            case ValidationProblem invalid:
                return invalid;
            case ProblemHttpResult problem:
                return problem;
        }

        return TypedResults.Ok(await db.ReadChangesAsync(
            db.Volunteers.AsNoTracking().Where(v => v.CommunityCode.StartsWith(prefix!)), token!.Value, page.Size,
            v => v.Id, _ => false, v => v.ToResponse(), cancellationToken));
    }
}
