using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Problems;
using Platform.Data;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts;
using Platform.Security;

namespace Platform.RegionReplica.Queries;

/// <summary>The region parameter of a list, from the local replica (docs/api.md, section 2).</summary>
public static class RegionQueries
{
    public static async Task<string?> PrefixAsync(this RegionDirectory regions, string code, CancellationToken cancellationToken) =>
        await regions.FindAsync(code, cancellationToken) is { } region ? RegionCode.SubtreePrefix(region.Code, region.Level) : null;

    /// <summary>
    /// The subtree prefix a list selects: the <paramref name="region"/> asked for, by default the caller's own. A malformed
    /// code or bad paging is a 400, a region out of the caller's subtree a 403, an unknown one a 404, each naming the field.
    /// </summary>
    public static async Task<(string? Prefix, IResult? Refusal)> ResolveListAsync(
        this RegionDirectory regions, string? region, ClaimsPrincipal user, PageRequest page, CancellationToken cancellationToken,
        Dictionary<string, string[]>? errors = null)
    {
        var code = CheckList(region, user, page, null, errors ??= []);
        if (errors.Count > 0)
        {
            return (null, TypedResults.ValidationProblem(errors));
        }

        return await regions.ResolveRegionAsync(code!, user, "region", cancellationToken);
    }

    /// <summary>
    /// The region code a list selects (the one asked for, by default the caller's); what is wrong with it, the paging or
    /// the dates is added to <paramref name="errors"/>, each under its field.
    /// </summary>
    public static string? CheckList(
        string? region, ClaimsPrincipal user, PageRequest page, DateRange? dates, Dictionary<string, string[]> errors)
    {
        foreach (var (field, messages) in page.Check().Concat(dates?.Check() ?? []))
        {
            errors[field] = messages;
        }

        var code = region ?? user.RegionOf();
        if (RegionCode.LevelOf(code) is null)
        {
            errors["region"] = ["A region code has 6, 9, 12 or 15 digits."];
        }

        return code;
    }

    /// <summary>The subtree prefix of a region the request names, or its 403 (out of reach) or 404 (unknown) naming <paramref name="field"/>.</summary>
    public static async Task<(string? Prefix, IResult? Refusal)> ResolveRegionAsync(
        this RegionDirectory regions, string code, ClaimsPrincipal user, string field, CancellationToken cancellationToken)
    {
        if (user.RegionOf() is not { } scope)
        {
            return (null, ScopeProblems.OutOfReach(field));
        }

        if (await regions.FindAsync(code, cancellationToken) is not { } found)
        {
            return (null, user.CanReach(code) ? ScopeProblems.UnknownRegion(field) : ScopeProblems.OutOfReach(field));
        }

        return await regions.IsWithinAsync(found, scope, cancellationToken)
            ? (RegionCode.SubtreePrefix(found.Code, found.Level), null)
            : (null, ScopeProblems.OutOfReach(field));
    }

    /// <summary>
    /// A page of records under the <paramref name="region"/> asked for (by default the caller's): 400, 403 or 404 for
    /// the region or paging, otherwise <paramref name="query"/> over the region's subtree prefix.
    /// </summary>
    public static Task<Results<Ok<Page<TResponse>>, ValidationProblem, ProblemHttpResult>> ListInRegionAsync<TEntity, TResponse>(
        this RegionDirectory regions, string? region, ClaimsPrincipal user, PageRequest page,
        Func<string, IQueryable<TEntity>> query, Func<TEntity, TResponse> map, CancellationToken cancellationToken) =>
        regions.ListInRegionAsync(region, user, page, query, rows => Task.FromResult(rows.Map(map)), cancellationToken);

    /// <summary>As above, for a page whose responses need more reads (e.g. each row's current grade), done once per page.</summary>
    public static async Task<Results<Ok<Page<TResponse>>, ValidationProblem, ProblemHttpResult>> ListInRegionAsync<TEntity, TResponse>(
        this RegionDirectory regions, string? region, ClaimsPrincipal user, PageRequest page,
        Func<string, IQueryable<TEntity>> query, Func<Page<TEntity>, Task<Page<TResponse>>> mapPage, CancellationToken cancellationToken)
    {
        var (prefix, refusal) = await regions.ResolveListAsync(region, user, page, cancellationToken);
        return refusal switch
        {
            ValidationProblem invalid => invalid,
            ProblemHttpResult problem => problem,
            _ => TypedResults.Ok(await mapPage(await query(prefix!).ToPageAsync(page, cancellationToken))),
        };
    }

    /// <summary>
    /// A change feed's parameters (docs/api.md, section 6): the subtree prefix of the <paramref name="region"/> asked
    /// for (by default the caller's), the position after which to read and the page size; else the 400, 403 or 404.
    /// </summary>
    public static async Task<(ChangeFeedQuery? Query, IResult? Refusal)> ResolveChangesAsync(
        this RegionDirectory regions, string? region, string? after, int? pageSize, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var token = ChangeToken.Parse(after);
        var errors = token is null ? new Dictionary<string, string[]> { ["after"] = ["Pass the 'next' of an earlier answer, or nothing to start."] } : [];
        var page = new PageRequest(null, pageSize);
        var (prefix, refusal) = await regions.ResolveListAsync(region, user, page, cancellationToken, errors);
        return refusal is null ? (new ChangeFeedQuery(prefix!, token!.Value, page.Size), null) : (null, refusal);
    }

    /// <summary>The changes of the records under a region after a position: <paramref name="query"/> over the region's subtree prefix.</summary>
    public static async Task<Results<Ok<ChangePage<TResponse>>, ValidationProblem, ProblemHttpResult>> ChangesInRegionAsync<T, TResponse>(
        this RegionDirectory regions, DbContext db, string? region, string? after, int? pageSize, ClaimsPrincipal user,
        Func<string, IQueryable<T>> query, Func<T, Guid> id, Func<T, bool> removed, Func<T, TResponse> map, CancellationToken cancellationToken)
        where T : class
    {
        var (feed, refusal) = await regions.ResolveChangesAsync(region, after, pageSize, user, cancellationToken);
        return refusal switch
        {
            ValidationProblem invalid => invalid,
            ProblemHttpResult problem => problem,
            _ => TypedResults.Ok(await db.ReadChangesAsync(query(feed!.Prefix), feed.After, feed.Size, id, removed, map, cancellationToken)),
        };
    }

    public static Dictionary<string, string[]> UnknownCommunity(string field = "communityCode") =>
        new() { [field] = ["No live community has this code."] };
}

/// <summary>Where a change feed reads: the region's subtree prefix, after which change, how many.</summary>
public sealed record ChangeFeedQuery(string Prefix, ChangeToken After, int Size);
