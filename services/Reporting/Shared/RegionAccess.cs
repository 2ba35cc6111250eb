namespace Platform.Reporting.Shared;

/// <summary>Region scope for the reads that address a region by its code in the path (overview, trends, ranking, compliance).</summary>
public static class RegionAccess
{
    /// <summary>
    /// The region <paramref name="code"/> when it is known and in the caller's subtree (by where it sits now, so a moved
    /// grid follows its new community), otherwise null: out of reach reads the same as unknown.
    /// </summary>
    public static async Task<ReplicatedRegion?> FindInReachAsync(this RegionDirectory regions, string code, ClaimsPrincipal user, CancellationToken ct) =>
        user.RegionOf() is { } scope && await regions.FindAsync(code, ct) is { } region && await regions.IsWithinAsync(region.Code, scope, ct)
            ? region
            : null;

    /// <summary>
    /// A read of a region's subtree (the caller's own region when <paramref name="code"/> is null): 400 for a malformed
    /// code or <paramref name="errors"/>, 404 for a region unknown or out of reach, otherwise what <paramref name="read"/>
    /// makes of the region and its subtree prefix.
    /// </summary>
    public static async Task<Results<Ok<T>, ValidationProblem, NotFound>> ReadAsync<T>(
        string? code, ClaimsPrincipal user, RegionDirectory regions, Func<ReplicatedRegion, string, Task<T>> read,
        CancellationToken ct, Dictionary<string, string[]>? errors = null)
    {
        errors ??= [];
        code ??= user.RegionOf();
        if (RegionCode.LevelOf(code) is null)
        {
            errors["regionCode"] = ["A region code has 6, 9, 12 or 15 digits."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await regions.FindInReachAsync(code!, user, ct) is { } region
            ? TypedResults.Ok(await read(region, RegionCode.SubtreePrefix(region.Code, region.Level)))
            : TypedResults.NotFound();
    }

    /// <summary>
    /// The 403 for a community named in a write (<paramref name="field"/>) that lies outside the caller's subtree, or null.
    /// A code that is not a well-formed community code, or is unknown but in reach, is left to the record's own checks (400).
    /// </summary>
    public static async Task<ProblemHttpResult?> OutOfReachAsync(
        this RegionDirectory regions, string? communityCode, ClaimsPrincipal user, string field, CancellationToken ct) =>
        RegionCode.LevelOf(communityCode) == RegionLevel.Community
        && await regions.ResolveRegionAsync(communityCode!, user, field, ct) is { Refusal: ProblemHttpResult { StatusCode: StatusCodes.Status403Forbidden } refused }
            ? refused
            : null;
}
