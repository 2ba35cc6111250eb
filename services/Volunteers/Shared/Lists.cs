using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.RegionReplica;
using Platform.Data;
using Platform.RegionReplica.Queries;

namespace Platform.Volunteers.Shared;

public static class Lists
{
    /// <summary>
    /// A page of records under the region asked for (by default the caller's) and within the date range: 400 for bad
    /// paging or dates, 403 or 404 for the region, each naming the field (docs/api.md, section 2).
    /// </summary>
    public static async Task<Results<Ok<Page<TResponse>>, ValidationProblem, ProblemHttpResult>> ListAsync<TEntity, TResponse>(
        this RegionDirectory regions, string? region, ClaimsPrincipal user, PageRequest page, DateRange dates,
        Func<string, IQueryable<TEntity>> query, Func<TEntity, TResponse> map, CancellationToken cancellationToken)
    {
        var (prefix, refusal) = await regions.ResolveListAsync(region, user, page, cancellationToken, dates.Check());
        return refusal switch
        {
            ValidationProblem invalid => invalid,
            ProblemHttpResult problem => problem,
            _ => TypedResults.Ok((await query(prefix!).ToPageAsync(page, cancellationToken)).Map(map)),
        };
    }
}
