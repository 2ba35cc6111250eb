using Platform.Messaging;
using Platform.Reporting.Records;
using Platform.Reporting.Requests;
using Platform.Reporting.Statistics;

namespace Platform.Reporting.Data;

public sealed class ReportingDb(DbContextOptions<ReportingDb> options) : DbContext(options), IRegionReplicaContext
{
    public DbSet<StatFact> StatFacts => Set<StatFact>();
    public DbSet<StatItem> StatItems => Set<StatItem>();
    public DbSet<MonthlyFigure> MonthlyFigures => Set<MonthlyFigure>();
    public DbSet<StatRebuild> StatRebuilds => Set<StatRebuild>();
    public DbSet<ServiceRecord> ServiceRecords => Set<ServiceRecord>();
    public DbSet<ServiceRequest> ServiceRequests => Set<ServiceRequest>();

    public DbSet<ReplicatedRegion> ReplicatedRegions => Set<ReplicatedRegion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddRegionReplica();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ReportingDb).Assembly);
    }
}
