using System.Globalization;
using System.Security.Cryptography;

namespace Platform.Testing;

/// <summary>
/// The command-line arguments that start the real AppHost for a test run on its own free ports, data folder and
/// generated passwords (local servers, no seed), and the connection strings a test needs to look behind the services.
/// </summary>
public sealed class PrivateAppHost : IDisposable
{
    public const string CityAdminClient = "dev-city-admin";
    public const string CountyOfficerClient = "dev-county-officer";

    /// <summary>A development user (authorization code sign-in) of the AppHost; its password is this run's own.</summary>
    public const string CommunityWorkerUser = "dev-community-worker";

    private readonly int _postgresPort = FreePort.Next();
    private readonly int _rabbitMqPort = FreePort.Next();
    private readonly int _redisPort = FreePort.Next();
    private readonly string _cachePassword = Generated();
    private readonly string _postgresPassword = Generated();
    private readonly string _messagingPassword = Generated();
    private DevelopmentUsers? _users;

    public string DataRoot { get; } = Directory.CreateTempSubdirectory("platform-apphost-").FullName;
    public string CityAdminSecret { get; } = Generated();
    public string CountyOfficerSecret { get; } = Generated();

    /// <summary>Every character class ASP.NET Core Identity asks of a password, and generated.</summary>
    public string CommunityWorkerPassword { get; } = DevelopmentUsers.NewPassword();

    /// <summary>Every development user with this run's password (the community worker's is <see cref="CommunityWorkerPassword"/>).</summary>
    public DevelopmentUsers Users => _users ??= new(new Dictionary<string, string> { ["community-worker"] = CommunityWorkerPassword });

    public string[] Arguments =>
    [
        "--Infrastructure:Mode=local",
        $"--Infrastructure:DataDirectory={Path.Combine(DataRoot, "servers")}",
        $"--Infrastructure:PostgresPort={_postgresPort.ToString(CultureInfo.InvariantCulture)}",
        $"--Infrastructure:RedisPort={_redisPort.ToString(CultureInfo.InvariantCulture)}",
        $"--Infrastructure:RabbitMqPort={_rabbitMqPort.ToString(CultureInfo.InvariantCulture)}",
        $"--Parameters:postgres-password={_postgresPassword}",
        $"--Parameters:cache-password={_cachePassword}",
        $"--Parameters:messaging-password={_messagingPassword}",
        $"--Parameters:{CityAdminClient}-secret={CityAdminSecret}",
        $"--Parameters:{CountyOfficerClient}-secret={CountyOfficerSecret}",
        $"--Parameters:{CommunityWorkerUser}-password={CommunityWorkerPassword}",
        // The seeder is covered by Seeds.Tests; here it would only slow the start and share the regions the tests create.
        "--Seed:Scale=none",
    ];

    /// <summary>
    /// <see cref="Arguments"/> with the given seed scale instead of none, a password for every development user, and
    /// the extra arguments (later ones win).
    /// </summary>
    public string[] ArgumentsWith(string seedScale, params IEnumerable<string> extra) =>
    [
        .. Arguments.Where(argument => !argument.StartsWith("--Seed:Scale=", StringComparison.Ordinal)
            && !argument.StartsWith($"--Parameters:{CommunityWorkerUser}-password=", StringComparison.Ordinal)),
        $"--Seed:Scale={seedScale}",
        .. Users.Arguments,
        .. extra,
    ];

    /// <summary>A service's database without pooling: the server may be killed under a test, and a pooled connection would be a dead one.</summary>
    public string PostgresConnectionString(string database) =>
        $"Host=127.0.0.1;Port={_postgresPort};Username=postgres;Password={_postgresPassword};Database={database};Pooling=false";

    public string RabbitMqConnectionString => $"amqp://platform:{_messagingPassword}@127.0.0.1:{_rabbitMqPort}";

    public void Dispose()
    {
        try
        {
            Directory.Delete(DataRoot, recursive: true);
        }
        catch (IOException)
        {
            // Leftover files of a server still shutting down; the OS cleans temp folders.
        }
    }

    /// <summary>A password for this run's throwaway servers: nothing reusable is committed.</summary>
    private static string Generated() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}
