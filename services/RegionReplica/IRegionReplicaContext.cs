using Microsoft.EntityFrameworkCore;

namespace Platform.RegionReplica;

public interface IRegionReplicaContext
{
    DbSet<ReplicatedRegion> ReplicatedRegions { get; }
}
