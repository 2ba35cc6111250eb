using Npgsql;
using RabbitMQ.Client;
using StackExchange.Redis;

namespace Platform.AppHost.Infrastructure;

/// <summary>Readiness as a client sees it: log in and run the cheapest command.</summary>
internal static class ServerProbes
{
    public static async Task PostgresAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString + ";Timeout=3;Pooling=false");
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        await command.ExecuteScalarAsync(cancellationToken);
    }

    public static async Task RedisAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(connectionString + ",connectTimeout=3000,abortConnect=true");
        await connection.GetDatabase().PingAsync();
    }

    public static async Task RabbitMqAsync(string connectionString, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = new Uri(connectionString), RequestedConnectionTimeout = TimeSpan.FromSeconds(3) };
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
    }
}
