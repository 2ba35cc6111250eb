extern alias identity;
extern alias party;
extern alias incubation;
extern alias volunteers;
extern alias charity;
extern alias reporting;

using System.Net.Http.Json;
using Platform.PersonalData;
using Platform.ServiceDefaults.Security;
using Platform.Testing;

[assembly: AssemblyFixture(typeof(Platform.Identity.Tests.PlatformFixture))]

namespace Platform.Identity.Tests;

/// <summary>Identity, every landed service and the gateway in front of them, on real PostgreSQL and RabbitMQ.</summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    public const int PermitLimit = 60;
    public const string WebRedirectUri = "http://localhost/callback";
    public const string WebOrigin = "http://web.localhost";

    private readonly List<IAsyncDisposable> _hosts = [];

    public LocalServers Servers { get; private set; } = null!;
    public TestIdentity Identity { get; private set; } = null!;

    /// <summary>Each service's prefix → a direct client (no token), for reading OpenAPI documents.</summary>
    public Dictionary<string, HttpClient> Services { get; } = [];

    public Uri Gateway { get; private set; } = null!;

    public static IReadOnlyDictionary<string, string?> WebClientSettings => new Dictionary<string, string?>
    {
        ["Identity:Seed:WebRedirectUris:0"] = WebRedirectUri,
    };

    public async ValueTask InitializeAsync()
    {
        Servers = await LocalServers.StartAsync(withRedis: true);
        Identity = await TestIdentity.StartAsync<identity::Program>(Servers, WebClientSettings);
        var routes = new Dictionary<string, string?>(Identity.ServiceSettings)
        {
            ["RateLimits:PermitLimit"] = PermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Cors:Origins:0"] = WebOrigin,
        };
        Services["/api/identity"] = Identity.Client;
        Start<party::Program>("party", routes);
        Start<incubation::Program>("incubation", routes);
        Start<volunteers::Program>("volunteers", routes);
        Start<charity::Program>("charity", routes);
        Start<reporting::Program>("reporting", routes);

        var gateway = new GatewayFactory(Identity.PublicOrigin, routes);
        _hosts.Add(gateway);
        Gateway = gateway.CreateClient().BaseAddress!;
        await SeedRegionsAsync();
    }

    public Task<HttpClient> AsAsync(string role, string region, Guid? organisationId = null, Guid? volunteerId = null) =>
        Identity.ClientForAsync(Gateway, role, region, organisationId, volunteerId);

    /// <summary>Services holding personal data refuse to start without their keys, as in production; these exist for this run only.</summary>
    private static readonly IReadOnlyDictionary<string, string?> PersonalDataSettings = new Dictionary<string, string?>
    {
        ["PartyBuilding:PersonalDataKey"] = PersonalDataKeys.Generate(),
        ["PartyBuilding:PersonalDataHashKey"] = PersonalDataKeys.Generate(),
        ["Volunteers:PersonalDataKey"] = PersonalDataKeys.Generate(),
        ["Volunteers:PersonalDataHashKey"] = PersonalDataKeys.Generate(),
        ["Incubation:PersonalDataKey"] = PersonalDataKeys.Generate(),
        ["Incubation:PersonalDataHashKey"] = PersonalDataKeys.Generate(),
    };

    public HttpClient Anonymous() => new() { BaseAddress = Gateway };

    private void Start<TProgram>(string name, Dictionary<string, string?> routes) where TProgram : class
    {
        var factory = new ServiceFactory<TProgram>(Servers, name, new Dictionary<string, string?>(Identity.ServiceSettings.Concat(PersonalDataSettings)));
        _hosts.Add(factory);
        var client = factory.CreateClient();
        Services[$"/api/{name}"] = client;
        routes[$"services:{name}:http:0"] = client.BaseAddress!.ToString().TrimEnd('/');
    }

    private async Task SeedRegionsAsync()
    {
        using var admin = await AsAsync(PlatformRoles.CityAdmin, TestIdentity.CityRegion);
        foreach (var region in new object[]
        {
            new { code = "511600", name = "广安市", level = "City" },
            new { code = "511602", name = "广安区", level = "County", parentCode = "511600" },
            new { code = "511603", name = "前锋区", level = "County", parentCode = "511600" },
            new { code = "511603001", name = "大佛寺街道 (synthetic code)", level = "Street", parentCode = "511603" },
            new { code = "511602001", name = "Synthetic street of Guang'an District", level = "Street", parentCode = "511602" },
        })
        {
            (await admin.PostAsJsonAsync("/api/party/regions", region)).EnsureSuccessStatusCode();
        }
    }

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
