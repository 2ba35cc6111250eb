using System.Globalization;
using Npgsql;
using RabbitMQ.Client;

namespace Platform.Testing;

/// <summary>
/// Real PostgreSQL and RabbitMQ for a test assembly, started from the same scripts the AppHost uses, on free ports,
/// with data in a temporary folder that is removed afterwards.
/// </summary>
public sealed class LocalServers : IAsyncDisposable
{
    private const string Password = "test-only-password";
    private readonly string _dataRoot = Directory.CreateTempSubdirectory("platform-tests-").FullName;
    private readonly int _postgresPort = FreePort.Next();
    private readonly int _rabbitPort = FreePort.Next();

    private LocalServers()
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
    }

    public ServerProcess Postgres { get; }
    public ServerProcess RabbitMq { get; }

    public string RabbitMqConnectionString => $"amqp://platform:{Password}@127.0.0.1:{_rabbitPort}";

    public static async Task<LocalServers> StartAsync()
    {
        var servers = new LocalServers();
        await Task.WhenAll(servers.Postgres.StartAsync(TimeSpan.FromSeconds(60)), servers.RabbitMq.StartAsync(TimeSpan.FromSeconds(90)));
        return servers;
    }

    public string PostgresConnectionString(string database) =>
        $"Host=127.0.0.1;Port={_postgresPort};Username=postgres;Password={Password};Database={database}";

    public IConnectionFactory RabbitMqFactory() => new ConnectionFactory { Uri = new Uri(RabbitMqConnectionString) };

    public async ValueTask DisposeAsync()
    {
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

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
