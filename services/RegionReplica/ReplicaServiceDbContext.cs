using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Data;

namespace Platform.RegionReplica;

/// <summary>The database context of a service that keeps a region replica; it also picks up the service's own entity configurations.</summary>
public abstract class ReplicaServiceDbContext(DbContextOptions options) : ServiceDbContext(options), IRegionReplicaContext
{
    public DbSet<ReplicatedRegion> ReplicatedRegions => Set<ReplicatedRegion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyRegionReplica();
        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly);
    }
}
