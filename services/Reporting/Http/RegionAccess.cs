using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts;
using Platform.RegionReplica;
using Platform.ServiceDefaults.Security;

namespace Platform.Reporting.Http;

/// <summary>A region a caller asked for (or its own scope when it named none), found in the replica and checked against its scope.</summary>
public sealed record RegionAccess(ReplicatedRegion? Region, bool Forbidden)
{
    public string Prefix => RegionCode.SubtreePrefix(Region!.Code, Region.Level);

    public static async Task<RegionAccess> ResolveAsync(string? code, ClaimsPrincipal user, RegionDirectory regions, CancellationToken ct)
    {
        code ??= user.RegionOf();
        var region = code is null ? null : await regions.FindAsync(code, ct);
        return new RegionAccess(region, region is not null && !user.CanReach(region.Code));
    }

    /// <summary>
    /// A read of a region's subtree: 400 for <paramref name="errors"/>, 404 for an unknown region, 403 outside the
    /// caller's scope, otherwise what <paramref name="read"/> makes of the region and its subtree prefix.
    /// </summary>
    public static async Task<Results<Ok<T>, ValidationProblem, NotFound, ForbidHttpResult>> ReadAsync<T>(
        string? code, ClaimsPrincipal user, RegionDirectory regions, Func<ReplicatedRegion, string, Task<T>> read,
        CancellationToken ct, Dictionary<string, string[]>? errors = null)
    {
        if (errors is { Count: > 0 })
        {
            return TypedResults.ValidationProblem(errors);
        }

        var access = await ResolveAsync(code, user, regions, ct);
        if (access.Region is null)
        {
            return TypedResults.NotFound();
        }

        return access.Forbidden ? TypedResults.Forbid() : TypedResults.Ok(await read(access.Region, access.Prefix));
    }
}
