using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Platform.Contracts;
using Platform.Security;

namespace Platform.RegionReplica;

public static class RegionReplicaApi
{
    /// <summary>GET {prefix}/replica/regions/{code}: what this service knows of a region.</summary>
    public static RouteGroupBuilder MapRegionReplicaApi(this IEndpointRouteBuilder app, string prefix)
    {
        var group = app.MapApiGroup($"{prefix}/replica/regions", "Region replica");
        group.MapGet("/{code}", GetAsync).WithName("GetReplicatedRegion")
            .WithSummary("A region as this service's replica knows it (区划副本)");
        return group;
    }

    /// <summary>A region out of the caller's subtree is answered like an unknown one.</summary>
    private static async Task<Results<Ok<ReplicatedRegionResponse>, NotFound>> GetAsync(
        string code, ClaimsPrincipal user, RegionDirectory directory, CancellationToken cancellationToken) =>
        user.RegionOf() is { } scope && await directory.IsWithinAsync(code, scope, cancellationToken)
        && await directory.FindAsync(code, cancellationToken) is { } r
            ? TypedResults.Ok(new ReplicatedRegionResponse(r.Code, r.Name, r.Level, r.ParentCode, r.Retired, r.Version))
            : TypedResults.NotFound();
}

public sealed record ReplicatedRegionResponse(string Code, string Name, RegionLevel Level, string? ParentCode, bool Retired, int Version);
