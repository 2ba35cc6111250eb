using System.Diagnostics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.ServiceDefaults.Telemetry;

namespace Platform.Messaging;

/// <summary>
/// Publishes committed outbox rows with publisher confirms and marks them sent. One relay per database works at a time
/// (a transaction-scoped advisory lock), so two instances never publish the same rows; a batch is published
/// concurrently and no order is kept, since consumers apply events by the version or time they carry. A crash between
/// publish and mark publishes again with the same message id, which consumers' inboxes skip.
/// </summary>
internal sealed class OutboxRelay<TContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxRelay<TContext>> logger) : BackgroundService where TContext : DbContext
{
    private const string LockSql = "SELECT pg_try_advisory_xact_lock(hashtext('outbox_relay')) AS \"Value\"";
    private DateTimeOffset _lastCleanup = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await RelayBatchAsync(stoppingToken) == options.Value.BatchSize)
                {
                }

                failures = 0;
                await CleanUpAsync(stoppingToken);
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                failures++;
                var backoff = TimeSpan.FromMilliseconds(Math.Min(200 * Math.Pow(2, failures), 10_000));
                logger.LogWarning(ex, "Outbox relay failed (attempt {Attempt}); retrying in {Backoff}", failures, backoff);
                await Task.Delay(backoff, clock, stoppingToken);
            }
        }
    }

    /// <summary>Publishes one batch; returns how many rows were sent.</summary>
    internal async Task<int> RelayBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (!await db.Database.SqlQueryRaw<bool>(LockSql).SingleAsync(ct))
            {
                return 0;
            }

            var batch = await db.Set<OutboxMessage>().AsNoTracking()
                .Where(m => m.SentAt == null)
                .OrderBy(m => m.Sequence)
                .Take(options.Value.BatchSize)
                .ToListAsync(ct);
            if (batch.Count == 0)
            {
                return 0;
            }

            await Task.WhenAll(batch.Select(message => PublishAsync(message, ct)));

            var ids = batch.Select(m => m.Id).ToList();
            var now = clock.GetUtcNow();
            await db.Set<OutboxMessage>().Where(m => ids.Contains(m.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAt, now), ct);
            await transaction.CommitAsync(ct);
            return batch.Count;
        }, cancellationToken);
    }

    private async Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ActivityContext.TryParse(message.TraceParent, null, out var parent);
        using var activity = PlatformActivity.Source.StartActivity(
            $"outbox relay {message.MessageType.Split(',')[0]}", ActivityKind.Internal, parent);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.PublishTimeout);
        var payload = MessageTypes.Deserialize(message);
        await bus.Publish(payload, payload.GetType(), Pipe.Execute<PublishContext>(context => context.MessageId = message.Id), timeout.Token);
    }

    private async Task CleanUpAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (now - _lastCleanup < TimeSpan.FromHours(1))
        {
            return;
        }

        _lastCleanup = now;
        var cutoff = now - options.Value.Retention;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await db.Set<OutboxMessage>().Where(m => m.SentAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        await db.Set<InboxMessage>().Where(m => m.ProcessedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
