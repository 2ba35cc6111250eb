using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identity;
using Platform.ServiceDefaults.Messaging;

namespace Platform.ServiceDefaults.Data;

/// <summary>A service's database context: its own model plus the outbox and inbox of the messaging building block.</summary>
public abstract class ServiceDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    /// <summary>Stores an integration event to be published once this context's changes commit.</summary>
    public void Publish<TEvent>(TEvent integrationEvent, string aggregateKey) where TEvent : class
    {
        OutboxMessages.Add(OutboxMessage.Create(integrationEvent, aggregateKey, TimeProvider.System.GetUtcNow()));
        HasUncommittedOutboxRows = true;
    }

    private List<AuditedChange>? _bulkWrites;

    /// <summary>
    /// Rows written around the change tracker (binary COPY, INSERT … SELECT) in this context's transaction: the next
    /// SaveChanges audits them, one change per call, in the same transaction (see <c>AuditInterceptor</c>). A call with no
    /// rows records nothing, so a re-run that skips everything publishes nothing.
    /// </summary>
    public void AuditBulkWrite(string entity, string key, int rows)
    {
        if (rows > 0)
        {
            (_bulkWrites ??= []).Add(new AuditedChange(entity, key, "Added", rows));
        }
    }

    internal List<AuditedChange> TakeBulkWrites()
    {
        var writes = _bulkWrites ?? [];
        _bulkWrites = null;
        return writes;
    }

    /// <summary>Set by <see cref="Publish"/>; the <see cref="OutboxCommitInterceptor"/> wakes the relay when the rows commit.</summary>
    internal bool HasUncommittedOutboxRows { get; set; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
    }
}
