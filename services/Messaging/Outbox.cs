using Microsoft.EntityFrameworkCore;

namespace Platform.Messaging;

/// <summary>The outbox and inbox tables joined to a service's own model, and publishing through them.</summary>
public static class Outbox
{
    /// <summary>Adds the outbox (events waiting to be relayed) and the inbox (messages already applied) to the model.</summary>
    public static ModelBuilder AddOutboxAndInbox(this ModelBuilder modelBuilder) => modelBuilder
        .ApplyConfiguration(new OutboxMessageConfiguration())
        .ApplyConfiguration(new InboxMessageConfiguration());

    /// <summary>
    /// Stores an integration event to be published once this context's changes commit. No order between events is
    /// promised to consumers: each applies an event by the version or time it carries, so a late one changes nothing.
    /// </summary>
    public static void Publish<TEvent>(this DbContext db, TEvent integrationEvent) where TEvent : class
    {
        db.Set<OutboxMessage>().Add(OutboxMessage.Create(integrationEvent, TimeProvider.System.GetUtcNow()));
        OutboxCommitInterceptor.NoteOutboxRows(db);
    }
}

public static class OutboxTables
{
    extension(DbContext db)
    {
        /// <summary>The events stored for the relay, sent or not yet.</summary>
        public DbSet<OutboxMessage> OutboxMessages => db.Set<OutboxMessage>();

        /// <summary>The messages consumers of this service have applied.</summary>
        public DbSet<InboxMessage> InboxMessages => db.Set<InboxMessage>();
    }
}
