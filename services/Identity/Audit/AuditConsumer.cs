using Platform.Contracts.Identity;
using Platform.Identity.Data;
using Platform.Messaging;

namespace Platform.Identity.Audit;

/// <summary>Keeps every service's audit events in the one log auditors read; a redelivered event is stored once.</summary>
public sealed class AuditConsumer(IdentityDb db) : IdempotentConsumer<AuditRecorded, IdentityDb>(db)
{
    protected override Task ApplyAsync(AuditRecorded message, CancellationToken cancellationToken)
    {
        Db.AuditEntries.Add(AuditEntry.From(message));
        return Task.CompletedTask;
    }
}
