using System.Security.Cryptography;

namespace Platform.Testing;

/// <summary>A service of the platform, started in-process on Kestrel; its name is its route prefix (<c>/api/{name}</c>).</summary>
public sealed record PlatformService(string Name, Func<LocalServers, IReadOnlyDictionary<string, string?>, (IAsyncDisposable Host, HttpClient Client)> Start)
{
    /// <example><c>PlatformService.Of&lt;party::Program&gt;("party")</c></example>
    public static PlatformService Of<TProgram>(string name) where TProgram : class => new(name, (servers, settings) =>
    {
        var factory = new ServiceFactory<TProgram>(servers, name, settings);
        return (factory, factory.CreateClient());
    });
}

/// <summary>
/// Identity, the given services and the gateway in front of them, on real PostgreSQL, RabbitMQ and Redis: what a test
/// assembly that drives the whole platform over HTTP shares (one per assembly, as an assembly fixture).
/// </summary>
public sealed class RunningPlatform : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _hosts = [];

    private RunningPlatform(LocalServers servers, TestIdentity identity)
    {
        Servers = servers;
        Identity = identity;
    }

    public LocalServers Servers { get; }
    public TestIdentity Identity { get; }

    /// <summary>Each service's prefix (<c>/api/party</c>, …) → a direct client (no token), clear of the gateway's limits.</summary>
    public Dictionary<string, HttpClient> Services { get; } = [];

    public Uri Gateway { get; private set; } = null!;

    /// <summary>The service names (<c>party</c>, …, <c>identity</c>), as their databases are named (<c>{name}_tests</c>).</summary>
    public IReadOnlyList<string> ServiceNames => [.. Services.Keys.Select(prefix => prefix["/api/".Length..])];

    /// <summary>Services holding personal data refuse to start without their keys, as in production; these exist for this run only.</summary>
    private static readonly IReadOnlyDictionary<string, string?> PersonalDataSettings = new[] { "PartyBuilding", "Volunteers", "Incubation" }
        .SelectMany(section => new[] { $"{section}:PersonalDataKey", $"{section}:PersonalDataHashKey" })
        .ToDictionary(key => key, _ => (string?)Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

    /// <param name="services">Every service but Identity, which is always started (it issues the tokens).</param>
    /// <param name="identitySettings">Extra configuration for Identity (seeded clients, redirect URIs).</param>
    /// <param name="gatewaySettings">Extra configuration for the gateway (rate limits, CORS origins).</param>
    public static async Task<RunningPlatform> StartAsync<TIdentityProgram, TGatewayProgram>(
        IReadOnlyList<PlatformService> services,
        IReadOnlyDictionary<string, string?>? identitySettings = null,
        IReadOnlyDictionary<string, string?>? gatewaySettings = null)
        where TIdentityProgram : class
        where TGatewayProgram : class
    {
        var servers = await LocalServers.StartAsync(withRedis: true);
        var platform = new RunningPlatform(servers, await TestIdentity.StartAsync<TIdentityProgram>(servers, identitySettings));
        var routes = new Dictionary<string, string?>(platform.Identity.ServiceSettings);
        foreach (var (key, value) in gatewaySettings ?? new Dictionary<string, string?>())
        {
            routes[key] = value;
        }

        platform.Services["/api/identity"] = platform.Identity.Client;
        var settings = new Dictionary<string, string?>(platform.Identity.ServiceSettings.Concat(PersonalDataSettings));
        foreach (var service in services)
        {
            var (host, client) = service.Start(servers, settings);
            platform._hosts.Add(host);
            platform.Services[$"/api/{service.Name}"] = client;
            routes[$"services:{service.Name}:http:0"] = client.BaseAddress!.ToString().TrimEnd('/');
        }

        var gateway = new GatewayFactory<TGatewayProgram>(platform.Identity.PublicOrigin, routes);
        platform._hosts.Add(gateway);
        platform.Gateway = gateway.CreateClient().BaseAddress!;
        return platform;
    }

    public Task<HttpClient> AsAsync(string role, string region, Guid? organisationId = null, Guid? volunteerId = null) =>
        Identity.ClientForAsync(Gateway, role, region, organisationId, volunteerId);

    public HttpClient Anonymous() => new() { BaseAddress = Gateway };

    public async ValueTask DisposeAsync()
    {
        foreach (var host in Enumerable.Reverse(_hosts))
        {
            await host.DisposeAsync();
        }

        await Identity.DisposeAsync();
        await Servers.DisposeAsync();
    }
}
