using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts;
using Platform.RegionReplica;
using Platform.ServiceDefaults.Security;

namespace Platform.RegionReplica.Queries;

/// <summary>Turns a region code into the prefix that selects its subtree, from the local replica.</summary>
public static class RegionQueries
{
    public static async Task<string?> PrefixAsync(this RegionDirectory regions, string code, CancellationToken cancellationToken) =>
        await regions.FindAsync(code, cancellationToken) is { } region ? RegionCode.SubtreePrefix(region.Code, region.Level) : null;

    /// <summary>The subtree prefix of a list query, or what is wrong with its region and paging.</summary>
    public static async Task<(string? Prefix, Dictionary<string, string[]> Errors)> ResolveListAsync(
        this RegionDirectory regions, string region, PageRequest page, CancellationToken cancellationToken)
    {
        var errors = page.Check();
        var prefix = await regions.PrefixAsync(region, cancellationToken);
        if (prefix is null)
        {
            errors["region"] = ["This service knows no region with this code."];
        }

        return (prefix, errors);
    }

    /// <summary>
    /// A page of records under <paramref name="region"/>: 400 for a bad region or paging, 403 outside the caller's
    /// scope, otherwise <paramref name="query"/> over the region's subtree prefix.
    /// </summary>
    public static Task<Results<Ok<Page<TResponse>>, ValidationProblem, ForbidHttpResult>> ListInRegionAsync<TEntity, TResponse>(
        this RegionDirectory regions, string region, ClaimsPrincipal user, PageRequest page,
        Func<string, IQueryable<TEntity>> query, Func<TEntity, TResponse> map, CancellationToken cancellationToken) =>
        regions.ListInRegionAsync(region, user, page, query, rows => Task.FromResult(rows.Map(map)), cancellationToken);

    /// <summary>As above, for a page whose responses need more reads (e.g. each row's current grade), done once per page.</summary>
    public static async Task<Results<Ok<Page<TResponse>>, ValidationProblem, ForbidHttpResult>> ListInRegionAsync<TEntity, TResponse>(
        this RegionDirectory regions, string region, ClaimsPrincipal user, PageRequest page,
        Func<string, IQueryable<TEntity>> query, Func<Page<TEntity>, Task<Page<TResponse>>> mapPage, CancellationToken cancellationToken)
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

        var rows = await query(prefix).ToPageAsync(page, cancellationToken);
        return TypedResults.Ok(await mapPage(rows));
    }

    public static Dictionary<string, string[]> UnknownCommunity(string field = "communityCode") =>
        new() { [field] = ["No live community has this code."] };
}
