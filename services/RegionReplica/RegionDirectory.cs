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

    /// <summary>True when <paramref name="code"/> is <paramref name="scope"/> or lies below it.</summary>
    public async Task<bool> IsWithinAsync(string code, string scope, CancellationToken cancellationToken)
    {
        var root = await FindAsync(scope, cancellationToken);
        return root is not null && RegionCode.IsWithin(code, root.Code, root.Level);
    }
}
