using Platform.ServiceDefaults.Problems;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.PartyBuilding.Data;
using Platform.PartyBuilding.Regions;
using Platform.Data;
using Platform.RegionReplica.Queries;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.PartyBuilding.Shared;

/// <summary>
/// The caller's subtree in this service's own hierarchy (docs/api.md, section 1). It is compared with paths, not codes:
/// a grid moved to another community belongs to its new community, whose staff reach it and whose old staff do not.
/// </summary>
/// <param name="Prefix">Every path in the caller's subtree starts with it; null when the token names no region.</param>
internal sealed record Reach(string? Prefix, bool IsCity)
{
    public bool Covers(Region region) => CoversPath(region.Path);

    public bool CoversPath(string? path) => Prefix is not null && path is not null && path.StartsWith(Prefix, StringComparison.Ordinal);
}

internal static class Reaching
{
    private static readonly string[] OutOfReachMessage = ["This region is outside your region's subtree."];

    public static async Task<Reach> ReachOfAsync(this PartyDb db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (user.RegionOf() is not { } scope || RegionCode.LevelOf(scope) is not { } level)
        {
            return new Reach(null, false);
        }

        // Only grids move, so a scope above the grid level sits where its code says, without a read.
        if (level != RegionLevel.Grid)
        {
            return new Reach(RegionCode.SubtreePrefix(scope, level), level == RegionLevel.City);
        }

        // A scope this service does not know still reaches by its code.
        var root = await db.Regions.AsNoTracking().Where(r => r.Code == scope).Select(r => new { r.Path, r.Level })
            .FirstOrDefaultAsync(cancellationToken);
        return root is null
            ? new Reach(RegionCode.SubtreePrefix(scope, level), level == RegionLevel.City)
            : new Reach(RegionCode.SubtreePrefix(root.Path, root.Level), root.Level == RegionLevel.City);
    }

    /// <summary>Where a region sits now (its path), or its code when this service does not know it.</summary>
    public static async Task<string> PathOfAsync(this PartyDb db, string code, CancellationToken cancellationToken) =>
        await db.Regions.AsNoTracking().Where(r => r.Code == code).Select(r => r.Path).FirstOrDefaultAsync(cancellationToken) ?? code;

    /// <summary>True when the region <paramref name="code"/> (a record's community, grid, …) lies in the caller's subtree.</summary>
    public static async Task<bool> ReachesAsync(this PartyDb db, ClaimsPrincipal user, string code, CancellationToken cancellationToken) =>
        (await db.ReachOfAsync(user, cancellationToken)).CoversPath(await db.PathOfAsync(code, cancellationToken));

    /// <summary>Null when the region a request names in <paramref name="field"/> is in reach, otherwise its 403 naming the field.</summary>
    public static async Task<ProblemHttpResult?> RefuseOutOfReachAsync(
        this PartyDb db, ClaimsPrincipal user, string? code, string field, CancellationToken cancellationToken) =>
        code is not null && await db.ReachesAsync(user, code, cancellationToken) ? null : ScopeProblems.OutOfReach(field);

    /// <summary>The 403 of an import whose rows name regions out of reach, naming each as rows[n].field.</summary>
    public static ProblemHttpResult RowsOutOfReach(IEnumerable<string> fields) =>
        TypedResults.Problem(new HttpValidationProblemDetails(fields.ToDictionary(f => f, _ => OutOfReachMessage))
        {
            Status = StatusCodes.Status403Forbidden,
            Title = "Outside your region",
            Extensions = { ["refusedBy"] = ScopeProblems.RefusedByRegion },
        });

    /// <summary>
    /// The root of a list's <c>region</c> parameter (by default the caller's region): a malformed code or bad paging or
    /// dates is a 400, a region out of the caller's subtree a 403, an unknown one a 404, each naming the field.
    /// </summary>
    public static async Task<(Region? Root, IResult? Refusal)> ResolveListAsync(
        this PartyDb db, string? region, ClaimsPrincipal user, PageRequest page, DateRange? dates, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var code = RegionQueries.CheckList(region, user, page, dates, errors);
        if (errors.Count > 0)
        {
            return (null, TypedResults.ValidationProblem(errors));
        }

        var reach = await db.ReachOfAsync(user, cancellationToken);
        var root = await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Code == code, cancellationToken);
        return root is null
            ? (null, reach.CoversPath(code) ? ScopeProblems.UnknownRegion("region") : ScopeProblems.OutOfReach("region"))
            : reach.Covers(root) ? (root, null) : (null, ScopeProblems.OutOfReach("region"));
    }
}
