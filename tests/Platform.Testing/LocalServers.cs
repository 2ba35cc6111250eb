using System.Globalization;
using System.Net.Sockets;
using Npgsql;
using RabbitMQ.Client;

namespace Platform.Testing;

/// <summary>
/// Real PostgreSQL and RabbitMQ (and Redis, for the assemblies that ask for it) for a test assembly, started from the
/// same scripts the AppHost uses, on free ports, with data in a temporary folder that is removed afterwards.
/// </summary>
public sealed class LocalServers : IAsyncDisposable
{
    /// <summary>Generated per test process: the servers live only as long as it, and nothing reusable is committed.</summary>
    private static readonly string Password = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12));
    private readonly string _dataRoot = Directory.CreateTempSubdirectory("platform-tests-").FullName;
    private readonly int _postgresPort = FreePort.Next();
    private readonly int _rabbitPort = FreePort.Next();
    private readonly int _redisPort = FreePort.Next();

    private LocalServers(bool withRedis)
    {
        Postgres = new ServerProcess("postgres", "postgres.sh", new Dictionary<string, string>
        {
            ["DATA_DIR"] = Path.Combine(_dataRoot, "postgres"),
            ["PG_PORT"] = Text(_postgresPort),
            ["PG_PASSWORD"] = Password,
        }, ProbePostgresAsync);
        RabbitMq = new ServerProcess("rabbitmq", "rabbitmq.sh", new Dictionary<string, string>
        {
            ["DATA_DIR"] = Path.Combine(_dataRoot, "rabbitmq"),
            ["RABBITMQ_PORT"] = Text(_rabbitPort),
            ["RABBITMQ_DIST_PORT"] = Text(FreePort.Next()),
            ["ERL_EPMD_PORT"] = Text(FreePort.Next()),
            ["RABBITMQ_USER"] = "platform",
            ["RABBITMQ_PASSWORD"] = Password,
        }, ProbeRabbitMqAsync);
        Redis = withRedis
            ? new ServerProcess("redis", "redis.sh", new Dictionary<string, string>
            {
                ["DATA_DIR"] = Path.Combine(_dataRoot, "redis"),
                ["REDIS_PORT"] = Text(_redisPort),
                ["REDIS_PASSWORD"] = Password,
            }, ProbeRedisAsync)
            : null;
    }

    public ServerProcess Postgres { get; }
    public ServerProcess RabbitMq { get; }

    /// <summary>Started only by <c>StartAsync(withRedis: true)</c>.</summary>
    public ServerProcess? Redis { get; }

    /// <summary>The StackExchange.Redis configuration string, as Aspire hands it to a service as <c>ConnectionStrings:cache</c>.</summary>
    public string? RedisConnectionString => Redis is null ? null : $"127.0.0.1:{_redisPort},password={Password}";

    public string RabbitMqConnectionString => $"amqp://platform:{Password}@127.0.0.1:{_rabbitPort}";

    public static async Task<LocalServers> StartAsync(bool withRedis = false)
    {
        var servers = new LocalServers(withRedis);
        await Task.WhenAll(
            servers.Postgres.StartAsync(TimeSpan.FromSeconds(60)),
            servers.RabbitMq.StartAsync(TimeSpan.FromSeconds(90)),
            servers.Redis?.StartAsync(TimeSpan.FromSeconds(30)) ?? Task.CompletedTask);
        return servers;
    }

    public string PostgresConnectionString(string database) =>
        $"Host=127.0.0.1;Port={_postgresPort};Username=postgres;Password={Password};Database={database}";

    public IConnectionFactory RabbitMqFactory() => new ConnectionFactory { Uri = new Uri(RabbitMqConnectionString) };

    public async ValueTask DisposeAsync()
    {
        if (Redis is not null)
        {
            await Redis.DisposeAsync();
        }

        await RabbitMq.DisposeAsync();
        await Postgres.DisposeAsync();
        try
        {
            Directory.Delete(_dataRoot, recursive: true);
        }
        catch (IOException)
        {
            // A server that would not die keeps a file open; the OS cleans temp folders.
        }
    }

    private async Task ProbePostgresAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(PostgresConnectionString("postgres") + ";Pooling=false;Timeout=2");
        await connection.OpenAsync(cancellationToken);
    }

    private async Task ProbeRabbitMqAsync(CancellationToken cancellationToken)
    {
        await using var connection = await RabbitMqFactory().CreateConnectionAsync(cancellationToken);
    }

    private async Task ProbeRedisAsync(CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", _redisPort, cancellationToken);
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
