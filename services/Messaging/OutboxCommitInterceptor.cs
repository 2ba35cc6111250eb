using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Platform.Messaging;

/// <summary>
/// Wakes this process's relay once a context's outbox rows are committed: after SaveChanges when no explicit transaction
/// is open, else when that transaction commits; never before, so the relay cannot miss a row it cannot yet see. Rows
/// written by other instances are found by the relay's polling. In process rather than NOTIFY, because PostgreSQL
/// serialises the commits of every transaction that notifies.
/// </summary>
internal sealed class OutboxCommitInterceptor(OutboxSignal signal) : DbTransactionInterceptor, ISaveChangesInterceptor
{
    private static readonly ConditionalWeakTable<DbContext, object> Uncommitted = [];

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        SignalIfCommitted(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        SignalIfCommitted(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Signal(eventData.Context);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Signal(eventData.Context);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>Called by <see cref="Outbox.Publish"/>: this context holds outbox rows its next commit makes visible to the relay.</summary>
    internal static void NoteOutboxRows(DbContext context) => Uncommitted.AddOrUpdate(context, true);

    private void SignalIfCommitted(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Signal(context);
        }
    }

    private void Signal(DbContext? context)
    {
        if (context is not null && Uncommitted.Remove(context))
        {
            signal.Set();
        }
    }

    private static void Forget(DbContext? context)
    {
        if (context is not null)
        {
            Uncommitted.Remove(context);
        }
    }
}
