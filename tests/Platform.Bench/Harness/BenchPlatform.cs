using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Platform.PersonalData;
using Platform.Testing;

namespace Platform.Bench.Harness;

/// <summary>
/// The platform as the benchmark runs it: the local PostgreSQL and RabbitMQ of the tests, and each service's Release
/// build as a process on its own port, logging at Warning, with the gateway in front. No Aspire proxies.
/// </summary>
public sealed class BenchPlatform : ISoakTarget
{
    public const string Community = "511603001001";
    public const string OtherCommunity = "511602001001";
    private const string AdminClient = "bench-admin";

    private static readonly Dictionary<string, string> Projects = new()
    {
        ["identity"] = "services/Identity/bin/Release/net10.0/Platform.Identity.dll",
        ["party"] = "services/PartyBuilding/bin/Release/net10.0/Platform.PartyBuilding.dll",
        ["volunteers"] = "services/Volunteers/bin/Release/net10.0/Platform.Volunteers.dll",
        ["reporting"] = "services/Reporting/bin/Release/net10.0/Platform.Reporting.dll",
        ["gateway"] = "gateway/bin/Release/net10.0/Platform.Gateway.dll",
    };

    private BenchPlatform(LocalServers servers) => Servers = servers;

    public LocalServers Servers { get; }
    public Dictionary<string, ServiceProcess> Processes { get; } = [];
    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromMinutes(5) };
    public string Token { get; private set; } = "";
    public TimeSpan TimeToAllHealthy { get; private set; }

    public string Description => "each service's Release build as its own process, no Aspire";

    public Uri Gateway => Processes["gateway"].Address;
    public Uri Direct(string service) => Processes[service].Address;

    public static async Task<BenchPlatform> StartAsync()
    {
        var platform = new BenchPlatform(await LocalServers.StartAsync(withRedis: true));
        await platform.StartServicesAsync();
        return platform;
    }

    private async Task StartServicesAsync()
    {
        var ports = Projects.Keys.ToDictionary(name => name, _ => FreePort.Next());
        var secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        var common = new Dictionary<string, string>
        {
            ["ConnectionStrings__messaging"] = Servers.RabbitMqConnectionString,
            ["ConnectionStrings__cache"] = Servers.RedisConnectionString!,
            ["Database__MigrateOnStartup"] = "true",
            ["services__identity__http__0"] = $"http://127.0.0.1:{ports["identity"]}",
            // Identity's issuer and every validator's: the gateway, as the AppHost sets it.
            ["Platform__PublicOrigin"] = $"http://127.0.0.1:{ports["gateway"]}",
            ["PartyBuilding__PersonalDataKey"] = PersonalDataKeys.Generate(),
            ["PartyBuilding__PersonalDataHashKey"] = PersonalDataKeys.Generate(),
            ["Volunteers__PersonalDataKey"] = PersonalDataKeys.Generate(),
            ["Volunteers__PersonalDataHashKey"] = PersonalDataKeys.Generate(),
            [$"Identity__Seed__Clients__{AdminClient}__DisplayName"] = "Benchmark administrator",
            [$"Identity__Seed__Clients__{AdminClient}__Role"] = "city-admin",
            [$"Identity__Seed__Clients__{AdminClient}__Region"] = "511600",
            [$"Identity__Seed__Clients__{AdminClient}__Secret"] = secret,
            // The benchmark is one client driving far past any fair-use limit on purpose.
            ["RateLimits__PermitLimit"] = "1000000000",
        };
        foreach (var name in Projects.Keys.Where(n => n != "gateway"))
        {
            common[$"services__{name}__http__0"] = $"http://127.0.0.1:{ports[name]}";
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        foreach (var (name, path) in Projects)
        {
            var environment = new Dictionary<string, string>(common)
            {
                [$"ConnectionStrings__{name}db"] = Servers.PostgresConnectionString($"{name}_bench"),
            };
            Processes[name] = ServiceProcess.Start(name, Path.Combine(RepositoryRoot.Path, path), ports[name], environment);
        }

        await Task.WhenAll(Processes.Values.Select(p => p.WaitHealthyAsync(Http, TimeSpan.FromMinutes(3))));
        TimeToAllHealthy = started.Elapsed;

        using var identity = new HttpClient { BaseAddress = Direct("identity") };
        Token = await TestIdentity.RequestTokenAsync(identity, AdminClient, secret);
        Http.DefaultRequestHeaders.Authorization = new("Bearer", Token);
        await RegisterRegionsAsync();
    }

    private Task RegisterRegionsAsync() => RegisterRegionsAsync(Http, Direct("party"), Direct("volunteers"));

    /// <summary>The benchmark's two communities with their county and street, known to the Volunteers replica before this returns.</summary>
    public static async Task RegisterRegionsAsync(HttpClient http, Uri party, Uri volunteers)
    {
        foreach (var (code, level, parent) in new (string, string, string?)[]
        {
            ("511600", "City", null), ("511603", "County", "511600"), ("511603001", "Street", "511603"), (Community, "Community", "511603001"),
            ("511602", "County", "511600"), ("511602001", "Street", "511602"), (OtherCommunity, "Community", "511602001"),
        })
        {
            var response = await http.PostAsJsonAsync(new Uri(party, "/api/party/regions"),
                new { code, name = $"Benchmark region {code}", level, parentCode = parent });
            if (!response.IsSuccessStatusCode && response.StatusCode != System.Net.HttpStatusCode.Conflict)
            {
                throw new InvalidOperationException($"Registering {code}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }

        await Eventually.UntilAsync(async () => (await http.GetAsync(new Uri(volunteers, $"/api/volunteers/replica/regions/{OtherCommunity}"))).IsSuccessStatusCode,
            TimeSpan.FromMinutes(2), "the Volunteers replica to hold the benchmark regions");
    }

    public Dictionary<string, long> ResidentBytes() => Processes.ToDictionary(p => p.Key, p => p.Value.Usage().ResidentBytes);

    /// <summary>CPU and memory of the named processes, and of PostgreSQL with all its backends.</summary>
    public Dictionary<string, ProcessUsage> Usage(params string[] names)
    {
        var usage = names.ToDictionary(n => n, n => Processes[n].Usage());
        if (Servers.Postgres.ProcessId is { } postgres)
        {
            usage["postgres"] = ProcessUsage.Of(postgres);
        }

        return usage;
    }

    public static Dictionary<string, double> CpuMsPerOperation(Dictionary<string, ProcessUsage> before, Dictionary<string, ProcessUsage> after, double operations) =>
        before.Keys.ToDictionary(k => k, k => (after[k].Cpu - before[k].Cpu).TotalMilliseconds / operations);

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        foreach (var process in Processes.Values)
        {
            await process.DisposeAsync();
        }

        Http.Dispose();
        await Servers.DisposeAsync();
    }
}
