extern alias identity;
extern alias party;
extern alias incubation;
extern alias volunteers;
extern alias charity;
extern alias reporting;
extern alias gateway;

using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Platform.PersonalData;
using Platform.Testing;

namespace Platform.Tests.Contract;

/// <summary>
/// The six services and the gateway on real PostgreSQL, RabbitMQ and Redis, the gateway on a port chosen first so
/// that every service names it as its public origin. Each service's OpenAPI document is read once, through the
/// gateway as a client reads it, and written to a folder for the command-line linters and the client generator.
/// </summary>
public sealed class ContractFixture : IAsyncLifetime
{
    public static readonly IReadOnlyList<string> ServiceNames = ["party", "incubation", "volunteers", "charity", "reporting", "identity"];

    private readonly List<IAsyncDisposable> _hosts = [];
    private readonly int _gatewayPort = FreePort.Next();

    public LocalServers Servers { get; private set; } = null!;
    public TestIdentity Identity { get; private set; } = null!;

    /// <summary>The gateway's address, which every service is told is its public origin.</summary>
    public Uri Gateway => new($"http://localhost:{_gatewayPort.ToString(CultureInfo.InvariantCulture)}");

    public string PublicOrigin => Gateway.GetLeftPart(UriPartial.Authority);

    /// <summary>Service name (as in <c>/api/{name}</c>) → its OpenAPI document.</summary>
    public Dictionary<string, JsonObject> Documents { get; } = [];

    /// <summary>A folder holding <c>{service}.json</c> for each document, removed at the end of the run.</summary>
    public string DocumentFolder { get; } = Directory.CreateTempSubdirectory("platform-openapi-").FullName;

    public string DocumentPath(string service) => Path.Combine(DocumentFolder, service + ".json");

    public async ValueTask InitializeAsync()
    {
        Servers = await LocalServers.StartAsync(withRedis: true);
        var common = new Dictionary<string, string?> { ["Platform:PublicOrigin"] = PublicOrigin };
        Identity = await TestIdentity.StartAsync<identity::Program>(Servers, common);
        var settings = new Dictionary<string, string?>(Identity.ServiceSettings.Concat(common).Concat(PersonalDataSettings));
        var routes = new Dictionary<string, string?>(Identity.ServiceSettings);
        Start<party::Program>("party", settings, routes);
        Start<incubation::Program>("incubation", settings, routes);
        Start<volunteers::Program>("volunteers", settings, routes);
        Start<charity::Program>("charity", settings, routes);
        Start<reporting::Program>("reporting", settings, routes);
        _hosts.Add(new GatewayFactory(_gatewayPort, routes));

        using var anonymous = new HttpClient { BaseAddress = Gateway };
        foreach (var service in ServiceNames)
        {
            var json = await anonymous.GetStringAsync($"/api/{service}/openapi/v1.json");
            Documents[service] = JsonNode.Parse(json)!.AsObject();
            await File.WriteAllTextAsync(DocumentPath(service), json);
        }
    }

    /// <summary>A client of the gateway with a token of this role and region.</summary>
    public Task<HttpClient> AsAsync(string role, string region) => Identity.ClientForAsync(Gateway, role, region);

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

    private void Start<TProgram>(string name, Dictionary<string, string?> settings, Dictionary<string, string?> routes) where TProgram : class
    {
        var factory = new ServiceFactory<TProgram>(Servers, name, settings);
        _hosts.Add(factory);
        routes[$"services:{name}:http:0"] = factory.CreateClient().BaseAddress!.ToString().TrimEnd('/');
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in Enumerable.Reverse(_hosts))
        {
            await host.DisposeAsync();
        }

        await Identity.DisposeAsync();
        await Servers.DisposeAsync();
        Directory.Delete(DocumentFolder, recursive: true);
    }

    /// <summary>The real gateway on Kestrel at a known port, its clusters pointed at the services as Aspire would point them.</summary>
    private sealed class GatewayFactory : WebApplicationFactory<gateway::Program>
    {
        private readonly IReadOnlyDictionary<string, string?> _settings;

        public GatewayFactory(int port, IReadOnlyDictionary<string, string?> settings)
        {
            _settings = settings;
            UseKestrel(port);
            StartServer();
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            foreach (var (key, value) in _settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ContractCollection : ICollectionFixture<ContractFixture>
{
    public const string Name = "contract";
}
