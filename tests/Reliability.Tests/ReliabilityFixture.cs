using System.Globalization;
using System.Net.Http.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Npgsql;
using Platform.Contracts;
using Platform.Testing;

[assembly: AssemblyFixture(typeof(Platform.Reliability.Tests.ReliabilityFixture))]
// Every test breaks something shared (the broker, the database, the consumer): one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Platform.Reliability.Tests;

/// <summary>
/// The real AppHost (local servers, no seed, no dashboard), started once for the assembly: the tests kill its resources'
/// processes and start them again through Aspire, and drive the platform through the gateway as the development city
/// administrator. One street with a community per scenario, so that each scenario's figures are its own.
/// </summary>
public sealed class ReliabilityFixture : IAsyncLifetime
{
    public const string Street = "511603001";
    public static readonly string[] Resources = ["postgres", "messaging", "cache", "identity", "party", "incubation", "volunteers", "charity", "reporting", "gateway"];
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);

    private DistributedApplication? _app;

    public PrivateAppHost Host { get; } = new();
    public PlatformProcesses Processes { get; private set; } = null!;

    /// <summary>The gateway as the development city administrator (client credentials) sees it; a hang fails after 30 s.</summary>
    public HttpClient Gateway { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        using var cancel = new CancellationTokenSource(StartTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            Host.Arguments, (options, _) => options.DisableDashboard = true, cancel.Token);
        // The streams send 10,000 confirmations a scenario through the gateway: its per-client rate limit is not under test here.
        builder.CreateResourceBuilder(builder.Resources.OfType<ProjectResource>().Single(r => r.Name == "gateway"))
            .WithEnvironment("RateLimits__PermitLimit", "1000000");
        _app = await builder.BuildAsync(cancel.Token);
        await _app.StartAsync(cancel.Token);
        Processes = new PlatformProcesses(_app);
        await Processes.WaitAllHealthyAsync(Resources, cancel.Token);

        Gateway = _app.CreateHttpClient("gateway", "http");
        Gateway.Timeout = TimeSpan.FromSeconds(30);
        Gateway.DefaultRequestHeaders.Authorization = new("Bearer", await TokenAsync(PrivateAppHost.CityAdminClient, Host.CityAdminSecret));
        await RegisterAsync("511600", "广安市", RegionLevel.City, null);
        await RegisterAsync("511603", "前锋区", RegionLevel.County, "511600");
        await RegisterAsync(Street, "大佛寺街道 (synthetic code)", RegionLevel.Street, "511603");
    }

    public Task<string> TokenAsync(string clientId, string secret) =>
        TestIdentity.RequestTokenAsync(_app!.CreateHttpClient("gateway", "http"), clientId, secret);

    /// <summary>A community of the test street, known to Volunteers' replica before this returns.</summary>
    public async Task<string> CommunityAsync(int number, string name)
    {
        var code = Street + number.ToString("000", CultureInfo.InvariantCulture);
        await RegisterAsync(code, $"{name} (synthetic code)", RegionLevel.Community, Street);
        await Eventually.UntilAsync(async () => (await Gateway.GetAsync($"/api/volunteers/replica/regions/{code}")).IsSuccessStatusCode,
            TimeSpan.FromMinutes(1), $"community {code} to reach the Volunteers replica");
        return code;
    }

    /// <summary>A number from a service's database by plain SQL, on a fresh connection (the server may have been killed since).</summary>
    public Task<long> CountAsync(string database, string sql, params (string Name, object Value)[] parameters) =>
        RunAsync(database, sql, parameters, async c => Convert.ToInt64(await c.ExecuteScalarAsync(), CultureInfo.InvariantCulture));

    public Task ExecuteAsync(string database, string sql, params (string Name, object Value)[] parameters) =>
        RunAsync(database, sql, parameters, c => c.ExecuteNonQueryAsync());

    private async Task<T> RunAsync<T>(string database, string sql, (string Name, object Value)[] parameters, Func<NpgsqlCommand, Task<T>> run)
    {
        await using var connection = new NpgsqlConnection(Host.PostgresConnectionString(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 120 };
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await run(command);
    }

    private async Task RegisterAsync(string code, string name, RegionLevel level, string? parent)
    {
        using var response = await Gateway.PostAsJsonAsync("/api/party/regions", new { code, name, level = level.ToString(), parentCode = parent });
        Assert.True(response.IsSuccessStatusCode, $"registering {code}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public async ValueTask DisposeAsync()
    {
        Gateway?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Host.Dispose();
    }
}
