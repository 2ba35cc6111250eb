using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;

namespace Platform.Testing;

/// <summary>
/// The real Identity service for a test assembly, so that services under test validate real tokens exactly as in
/// production. <see cref="TokenAsync"/> registers a client-credentials client per (role, region, profile) through
/// Identity's admin API, as a bootstrap city administrator seeded from configuration, and returns its access token.
/// </summary>
/// <example>
/// A test project references Identity with an alias (every service has a global <c>Program</c>):
/// <c>&lt;ProjectReference Include="../../services/Identity/Identity.csproj" Aliases="identity" /&gt;</c>, then
/// <c>extern alias identity;</c> and <c>await TestIdentity.StartAsync&lt;identity::Program&gt;(servers)</c>.
/// </example>
public sealed class TestIdentity : IAsyncDisposable
{
    public const string AdminClientId = "test-admin";
    public const string CityRegion = "511600";

    /// <summary>The configuration key of the platform's public address, the tokens' issuer.</summary>
    public const string PublicOriginKey = "Platform:PublicOrigin";

    private readonly ConcurrentDictionary<string, Task<string>> _tokens = new();
    private readonly IAsyncDisposable _host;
    private readonly string _adminSecret;

    private TestIdentity(IAsyncDisposable host, HttpClient client, string adminSecret, Uri publicOrigin)
    {
        _host = host;
        Client = client;
        _adminSecret = adminSecret;
        PublicOrigin = publicOrigin;
    }

    /// <summary>Identity itself, called directly (not through a gateway).</summary>
    public HttpClient Client { get; }

    /// <summary>
    /// The platform's public address this Identity issues tokens for (<c>Platform:PublicOrigin</c>): the address where
    /// a test may start a gateway, by default a free loopback port reserved for one.
    /// </summary>
    public Uri PublicOrigin { get; }

    /// <summary>Settings that point a service's (or gateway's) token validation at this Identity and its issuer.</summary>
    public IReadOnlyDictionary<string, string?> ServiceSettings => new Dictionary<string, string?>
    {
        ["services:identity:http:0"] = Client.BaseAddress!.ToString().TrimEnd('/'),
        [PublicOriginKey] = PublicOrigin.ToString(),
    };

    /// <param name="settings">Configuration on top; a <c>Platform:PublicOrigin</c> here (the gateway a test starts) is the issuer.</param>
    public static Task<TestIdentity> StartAsync<TIdentityProgram>(LocalServers servers, IReadOnlyDictionary<string, string?>? settings = null)
        where TIdentityProgram : class
    {
        var secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        var all = new Dictionary<string, string?>(BootstrapSettings(secret));
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        all.TryAdd(PublicOriginKey, ReservedGatewayOrigin());
        var factory = new ServiceFactory<TIdentityProgram>(servers, "identity", all);
        return Task.FromResult(new TestIdentity(factory, factory.CreateClient(), secret, new Uri(all[PublicOriginKey]!)));
    }

    /// <summary>A public address for a gateway on a free loopback port (<see cref="FreePort"/> never hands it out twice).</summary>
    public static string ReservedGatewayOrigin() => $"http://127.0.0.1:{FreePort.Next()}/";

    /// <summary>The seed entry that creates the bootstrap administrator client on Identity's first start.</summary>
    public static IReadOnlyDictionary<string, string?> BootstrapSettings(string secret) => new Dictionary<string, string?>
    {
        [$"Identity:Seed:Clients:{AdminClientId}:DisplayName"] = "Test administrator",
        [$"Identity:Seed:Clients:{AdminClientId}:Role"] = "city-admin",
        [$"Identity:Seed:Clients:{AdminClientId}:Region"] = CityRegion,
        [$"Identity:Seed:Clients:{AdminClientId}:Secret"] = secret,
    };

    /// <summary>An access token for a client with this role and region scope (and profile id for operators and volunteers).</summary>
    public Task<string> TokenAsync(string role, string region, Guid? organisationId = null, Guid? volunteerId = null) =>
        _tokens.GetOrAdd($"{role}|{region}|{organisationId}|{volunteerId}", _ => IssueAsync(role, region, organisationId, volunteerId));

    /// <summary>A client of <paramref name="baseAddress"/> that sends this role's token.</summary>
    public async Task<HttpClient> ClientForAsync(Uri baseAddress, string role, string region, Guid? organisationId = null, Guid? volunteerId = null)
    {
        var client = new HttpClient { BaseAddress = baseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(role, region, organisationId, volunteerId));
        return client;
    }

    public Task<string> ClientCredentialsTokenAsync(string clientId, string secret) => RequestTokenAsync(Client, clientId, secret);

    /// <summary>POST /connect/token with the client credentials grant: one request, one token.</summary>
    public static async Task<string> RequestTokenAsync(HttpClient client, string clientId, string secret)
    {
        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret, ["scope"] = "platform",
        }));
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Token request for {clientId} failed: {(int)response.StatusCode} {body}");
        }

        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    private async Task<string> IssueAsync(string role, string region, Guid? organisationId, Guid? volunteerId)
    {
        var (clientId, secret) = await CreateClientAsync(role, region, organisationId, volunteerId);
        return await ClientCredentialsTokenAsync(clientId, secret);
    }

    /// <summary>A new client-credentials client of Identity with this role and region, as an administrator registers a department.</summary>
    public async Task<(string ClientId, string Secret)> CreateClientAsync(string role, string region, Guid? organisationId = null, Guid? volunteerId = null)
    {
        var admin = await _tokens.GetOrAdd("admin", _ => ClientCredentialsTokenAsync(AdminClientId, _adminSecret));
        var clientId = $"t-{role}-{Guid.NewGuid():N}";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/identity/clients")
        {
            Content = JsonContent.Create(new { clientId, displayName = $"Test {role}", roles = new[] { role }, region, organisationId, volunteerId }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin);
        using var response = await Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Creating a test client for {role} failed: {(int)response.StatusCode} {body}");
        }

        return (clientId, JsonDocument.Parse(body).RootElement.GetProperty("clientSecret").GetString()!);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _host.DisposeAsync();
    }
}
