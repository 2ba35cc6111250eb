using Platform.Charity.Disbursements;
using Platform.Charity.Donations;
using Platform.Charity.Federations;
using Platform.Charity.Funds;
using Platform.Charity.Ledger;
using Platform.Charity.Lottery;
using Platform.Charity.Redemptions;
using Platform.Charity.Supermarkets;

namespace Platform.Charity.Data;

public sealed class CharityDb(DbContextOptions<CharityDb> options) : DbContext(options), IRegionReplicaContext
{
    public DbSet<Federation> Federations => Set<Federation>();
    public DbSet<Fund> Funds => Set<Fund>();
    public DbSet<JournalEntry> JournalEntries => Set<JournalEntry>();
    public DbSet<JournalLine> JournalLines => Set<JournalLine>();
    public DbSet<Donation> Donations => Set<Donation>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<Disbursement> Disbursements => Set<Disbursement>();
    public DbSet<Supermarket> Supermarkets => Set<Supermarket>();
    public DbSet<StockItem> StockItems => Set<StockItem>();
    public DbSet<Redemption> Redemptions => Set<Redemption>();
    public DbSet<LotteryOutlet> LotteryOutlets => Set<LotteryOutlet>();
    public DbSet<SalesReport> SalesReports => Set<SalesReport>();

    public DbSet<ReplicatedRegion> ReplicatedRegions => Set<ReplicatedRegion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddRegionReplica();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CharityDb).Assembly);
    }
}
