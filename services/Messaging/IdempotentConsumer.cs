using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Platform.Messaging;

/// <summary>A consumer of one message type whose effect is applied exactly once (see <see cref="Inbox.ApplyOnceAsync{TMessage}"/>).</summary>
public abstract class IdempotentConsumer<TMessage, TContext>(TContext db) : IConsumer<TMessage>
    where TMessage : class
    where TContext : DbContext
{
    protected TContext Db => db;

    public Task Consume(ConsumeContext<TMessage> context) =>
        db.ApplyOnceAsync(context, GetType().Name, ct => ApplyAsync(context.Message, ct));

    /// <summary>The effect of the message, written through <see cref="Db"/>; saved and committed by the caller.</summary>
    protected abstract Task ApplyAsync(TMessage message, CancellationToken cancellationToken);
}
