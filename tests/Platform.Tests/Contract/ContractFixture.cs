
using System.Text.Json.Nodes;
using Platform.Testing;
using Platform.Tests.Fixture;

namespace Platform.Tests.Contract;

/// <summary>
/// The six services and the gateway on real PostgreSQL, RabbitMQ and Redis (<see cref="RunningPlatform"/>), every
/// service naming the gateway as its public origin. Each service's OpenAPI document is read once, through the gateway
/// as a client reads it, and written to a folder for the command-line linters and the client generator.
/// </summary>
public sealed class ContractFixture : IAsyncLifetime
{
    public static readonly IReadOnlyList<string> ServiceNames = ["party", "incubation", "volunteers", "charity", "reporting", "identity"];

    private RunningPlatform _platform = null!;

    public TestIdentity Identity => _platform.Identity;

    /// <summary>The gateway's address, which every service is told is its public origin.</summary>
    public Uri Gateway => _platform.Gateway;

    public string PublicOrigin => Identity.PublicOrigin.GetLeftPart(UriPartial.Authority);

    /// <summary>Service name (as in <c>/api/{name}</c>) → its OpenAPI document.</summary>
    public Dictionary<string, JsonObject> Documents { get; } = [];

    /// <summary>A folder holding <c>{service}.json</c> for each document, removed at the end of the run.</summary>
    public string DocumentFolder { get; } = Directory.CreateTempSubdirectory("platform-openapi-").FullName;

    public string DocumentPath(string service) => Path.Combine(DocumentFolder, service + ".json");

    public async ValueTask InitializeAsync()
    {
        _platform = await TheWholePlatform.StartAsync();

        using var anonymous = _platform.Anonymous();
        foreach (var service in ServiceNames)
        {
            var json = await anonymous.GetStringAsync($"/api/{service}/openapi/v1.json");
            Documents[service] = JsonNode.Parse(json)!.AsObject();
            await File.WriteAllTextAsync(DocumentPath(service), json);
        }
    }

    /// <summary>A client of the gateway with a token of this role and region.</summary>
    public Task<HttpClient> AsAsync(string role, string region) => _platform.AsAsync(role, region);

    public async ValueTask DisposeAsync()
    {
        await _platform.DisposeAsync();
        Directory.Delete(DocumentFolder, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class ContractCollection : ICollectionFixture<ContractFixture>
{
    public const string Name = "contract";
}
