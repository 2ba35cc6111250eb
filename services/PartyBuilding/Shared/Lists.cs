using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.PartyBuilding.Data;
using Platform.PartyBuilding.Regions;
using Platform.Data;
using Platform.RegionReplica.Queries;

namespace Platform.PartyBuilding.Shared;

internal static class Lists
{
    /// <summary>
    /// A page of records under the <paramref name="region"/> asked for (by default the caller's): 400, 403 or 404 for the
    /// region, paging or dates, otherwise <paramref name="query"/> over the root region, already in its stable order.
    /// </summary>
    public static async Task<Results<Ok<Page<TResponse>>, ValidationProblem, ProblemHttpResult>> ListInRegionAsync<TEntity, TResponse>(
        this PartyDb db, string? region, ClaimsPrincipal user, PageRequest page, DateRange? dates,
        Func<Region, IQueryable<TEntity>> query, Func<TEntity, TResponse> map, CancellationToken cancellationToken)
    {
        var (root, refusal) = await db.ResolveListAsync(region, user, page, dates, cancellationToken);
        return refusal switch
        {
            ValidationProblem invalid => invalid,
            ProblemHttpResult problem => problem,
            _ => TypedResults.Ok((await query(root!).ToPageAsync(page, cancellationToken)).Map(map)),
        };
    }
}
