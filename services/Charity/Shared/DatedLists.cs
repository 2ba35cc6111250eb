using Platform.RegionReplica.Queries;

namespace Platform.Charity.Shared;

/// <summary>
/// The service's lists of a region subtree filtered by city days from–to: a bad period is answered before the region is
/// resolved, then the list is paged like every region list.
/// </summary>
public static class DatedLists
{
    public static Task<Results<Ok<Page<TResponse>>, ValidationProblem, ProblemHttpResult>> ListInRegionWithinAsync<TEntity, TResponse>(
        this RegionDirectory regions, string? region, DateRange range, ClaimsPrincipal user, PageRequest page,
        Func<string, DateRange, IQueryable<TEntity>> query, Func<TEntity, TResponse> map, CancellationToken cancellationToken) =>
        regions.ListInRegionWithinAsync(region, range, user, page, query, rows => Task.FromResult(rows.Map(map)), cancellationToken);

    public static async Task<Results<Ok<Page<TResponse>>, ValidationProblem, ProblemHttpResult>> ListInRegionWithinAsync<TEntity, TResponse>(
        this RegionDirectory regions, string? region, DateRange range, ClaimsPrincipal user, PageRequest page,
        Func<string, DateRange, IQueryable<TEntity>> query, Func<Page<TEntity>, Task<Page<TResponse>>> mapPage, CancellationToken cancellationToken)
    {
        if (range.Check() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await regions.ListInRegionAsync(region, user, page, prefix => query(prefix, range), mapPage, cancellationToken);
    }
}
