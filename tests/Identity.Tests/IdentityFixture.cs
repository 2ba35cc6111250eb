extern alias identity;
extern alias party;
extern alias gateway;

using Platform.Testing;

[assembly: AssemblyFixture(typeof(Platform.Identity.Tests.IdentityFixture))]

namespace Platform.Identity.Tests;

/// <summary>
/// Identity behind the gateway, as clients reach it, on real PostgreSQL and RabbitMQ; PartyBuilding beside it as a
/// service that validates Identity's tokens from its discovery document.
/// </summary>
public sealed class IdentityFixture : IAsyncLifetime
{
    public const string WebRedirectUri = "http://localhost/callback";

    private RunningPlatform _platform = null!;

    /// <summary>The staff console's secret for this run, seeded as Identity's <c>Identity:Seed:ConsoleSecret</c>.</summary>
    public string ConsoleSecret { get; } = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));

    /// <summary>Where Identity returns the console's browser with a code: under the public origin, as Identity registers it.</summary>
    public Uri ConsoleRedirectUri => new(Identity.PublicOrigin, "signin-oidc");

    public Uri ConsolePostLogoutRedirectUri => new(Identity.PublicOrigin, "signout-callback-oidc");

    public LocalServers Servers => _platform.Servers;
    public TestIdentity Identity => _platform.Identity;

    /// <summary>Each service's prefix → a direct client (no token).</summary>
    public Dictionary<string, HttpClient> Services => _platform.Services;

    public Uri Gateway => _platform.Gateway;

    public async ValueTask InitializeAsync() =>
        _platform = await RunningPlatform.StartAsync<identity::Program, gateway::Program>(
            [PlatformService.Of<party::Program>("party")],
            new Dictionary<string, string?>
            {
                ["Identity:Seed:WebRedirectUris:0"] = WebRedirectUri,
                ["Identity:Seed:ConsoleSecret"] = ConsoleSecret,
            });

    public Task<HttpClient> AsAsync(string role, string region, Guid? organisationId = null, Guid? volunteerId = null) =>
        _platform.AsAsync(role, region, organisationId, volunteerId);

    public HttpClient Anonymous() => _platform.Anonymous();

    public ValueTask DisposeAsync() => _platform.DisposeAsync();
}
