using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Platform.ServiceDefaults.Data;

namespace Platform.ServiceDefaults.Messaging;

/// <summary>Holds a LISTEN connection to the service's database and sets the signal on every outbox commit.</summary>
internal sealed class OutboxListener<TContext>(
    IServiceScopeFactory scopes, OutboxSignal signal, ILogger<OutboxListener<TContext>> logger) : BackgroundService
    where TContext : ServiceDbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = await ReadConnectionStringAsync();
        var delay = TimeSpan.FromMilliseconds(500);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, _) => signal.Set();
                await using (var listen = new NpgsqlCommand($"LISTEN {OutboxSql.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                // Anything committed while we were not listening is picked up by one pass of the relay.
                signal.Set();
                delay = TimeSpan.FromMilliseconds(500);
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                logger.LogWarning(ex, "Outbox listener lost its connection; the relay polls until it is back");
                await Task.Delay(delay, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(10).Ticks));
            }
        }
    }

    private async Task<string> ReadConnectionStringAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var builder = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString())
        {
            // A LISTEN connection must not be returned to a pool or reset; keepalive notices a dead server.
            Pooling = false,
            KeepAlive = 15,
        };
        return builder.ConnectionString;
    }
}
