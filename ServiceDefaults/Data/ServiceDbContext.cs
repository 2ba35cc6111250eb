using Microsoft.EntityFrameworkCore;
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

    /// <summary>Set by <see cref="Publish"/>; the <see cref="OutboxCommitInterceptor"/> wakes the relay when the rows commit.</summary>
    internal bool HasUncommittedOutboxRows { get; set; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
    }
}
