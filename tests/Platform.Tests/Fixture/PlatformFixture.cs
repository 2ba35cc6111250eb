
using System.Net.Http.Json;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Testing;

namespace Platform.Tests.Fixture;

/// <summary>
/// One after another, and alone: the fuzzing asserts that no table changes while it runs, and the counting test that
/// every figure but its own stays put, which a fund set up by the OWASP checks at the same time would move.
/// </summary>
[CollectionDefinition(nameof(PlatformCollection), DisableParallelization = true)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>;

/// <summary>Identity, every service and the gateway in front of them, on real PostgreSQL and RabbitMQ, with a small region tree.</summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    public const int PermitLimit = 60;
    public const string WebOrigin = "http://web.localhost";

    private RunningPlatform _platform = null!;

    public LocalServers Servers => _platform.Servers;
    public TestIdentity Identity => _platform.Identity;

    /// <summary>Each service's prefix → a direct client (no token), for reading OpenAPI documents.</summary>
    public Dictionary<string, HttpClient> Services => _platform.Services;

    public Uri Gateway => _platform.Gateway;

    public async ValueTask InitializeAsync()
    {
        _platform = await TheWholePlatform.StartAsync(new Dictionary<string, string?>
            {
                ["RateLimits:PermitLimit"] = PermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Cors:Origins:0"] = WebOrigin,
            });
        await SeedRegionsAsync();
    }

    public Task<HttpClient> AsAsync(string role, string region, Guid? organisationId = null, Guid? volunteerId = null) =>
        _platform.AsAsync(role, region, organisationId, volunteerId);

    public HttpClient Anonymous() => _platform.Anonymous();

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

    public ValueTask DisposeAsync() => _platform.DisposeAsync();
}
