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
        NoteOutboxRows(eventData.Context);
        SignalIfCommitted(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        NoteOutboxRows(eventData.Context);
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

    /// <summary>
    /// After a save the context still tracks the outbox rows it wrote (interceptors that add rows while saving, such as
    /// the audit, included); a context that wrote none tracks none. A spare signal costs the relay one empty read.
    /// </summary>
    private static void NoteOutboxRows(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries<OutboxMessage>().Any())
        {
            Uncommitted.AddOrUpdate(context, true);
        }
    }

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
