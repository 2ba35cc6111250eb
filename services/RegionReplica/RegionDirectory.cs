using Microsoft.EntityFrameworkCore;
using Platform.Contracts;

namespace Platform.RegionReplica;

/// <summary>Answers region questions from the service's own replica, without calling PartyBuilding.</summary>
public sealed class RegionDirectory(IRegionReplicaContext db)
{
    public Task<ReplicatedRegion?> FindAsync(string code, CancellationToken cancellationToken) =>
        db.ReplicatedRegions.AsNoTracking().FirstOrDefaultAsync(r => r.Code == code, cancellationToken);

    public async Task<bool> IsLiveCommunityAsync(string? code, CancellationToken cancellationToken) =>
        code is not null && await db.ReplicatedRegions.AnyAsync(
            r => r.Code == code && r.Level == RegionLevel.Community && !r.Retired, cancellationToken);

    /// <summary>Why <paramref name="code"/> cannot be the community of a record, or null when it is a live community.</summary>
    public async Task<string?> CommunityProblemAsync(string? code, CancellationToken cancellationToken) =>
        await IsLiveCommunityAsync(code, cancellationToken) ? null : "No live community (社区) has this code.";

    /// <summary>
    /// True when <paramref name="code"/> is <paramref name="scope"/> or lies below it, by where the region sits now
    /// (a moved grid is inside its new community's subtree, not its old one's).
    /// </summary>
    public async Task<bool> IsWithinAsync(string code, string scope, CancellationToken cancellationToken) =>
        await PathIsWithinAsync((await FindAsync(code, cancellationToken))?.Path ?? code, scope, cancellationToken);

    /// <summary>As above, for a region already read.</summary>
    public Task<bool> IsWithinAsync(ReplicatedRegion region, string scope, CancellationToken cancellationToken) =>
        PathIsWithinAsync(region.Path, scope, cancellationToken);

    private async Task<bool> PathIsWithinAsync(string path, string scope, CancellationToken cancellationToken)
    {
        // A scope the replica does not hold yet is judged by its code alone.
        var root = await FindAsync(scope, cancellationToken);
        return root is null ? RegionCode.IsWithin(path, scope) : RegionCode.IsWithin(path, root.Path, root.Level);
    }
}
