using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Platform.Messaging;

public static class Inbox
{
    /// <summary>
    /// Applies a message at most once per consumer: the message id is recorded in the inbox in the same transaction
    /// as the effect (and as any events the effect stores in the outbox), and a message already recorded is skipped.
    /// A failure rolls everything back; MassTransit retries, then moves the message to the <c>_error</c> queue.
    /// </summary>
    public static async Task ApplyOnceAsync<TMessage>(
        this DbContext db, ConsumeContext<TMessage> context, string consumer, Func<CancellationToken, Task> effect)
        where TMessage : class
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a message id.");
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            // A retry reuses this scope's context: start from what the database says, not from the failed attempt.
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (await db.Set<InboxMessage>().AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, ct))
            {
                return;
            }

            await effect(ct);
            db.Set<InboxMessage>().Add(new InboxMessage { MessageId = messageId, Consumer = consumer, ProcessedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }, context.CancellationToken);
    }
}
