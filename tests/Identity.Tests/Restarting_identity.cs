extern alias identity;

using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using Platform.Testing;

namespace Platform.Identity.Tests;

/// <summary>A client-credentials token in one request, still good after Identity restarts.</summary>
public sealed class Restarting_identity(IdentityFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_token_issued_before_a_restart_is_accepted_after_it_because_the_keys_are_stored()
    {
        var secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        var settings = new Dictionary<string, string?>(TestIdentity.BootstrapSettings(secret))
        {
            ["ConnectionStrings:identitydb"] = fixture.Servers.PostgresConnectionString("identity_restart_tests"),
            [TestIdentity.PublicOriginKey] = fixture.Identity.PublicOrigin.ToString(),
        };

        string token;
        IReadOnlyList<string> keysBefore;
        await using (var before = new ServiceFactory<identity::Program>(fixture.Servers, "identity", settings))
        {
            using var client = before.CreateClient();
            token = await TestIdentity.RequestTokenAsync(client, TestIdentity.AdminClientId, secret);
            keysBefore = await SigningKeyIdsAsync(client);
            Assert.Equal(HttpStatusCode.OK, await AuditStatusAsync(client, token));
        }

        await using var after = new ServiceFactory<identity::Program>(fixture.Servers, "identity", settings);
        using var restarted = after.CreateClient();
        Assert.Equal(keysBefore, await SigningKeyIdsAsync(restarted));
        Assert.Equal(HttpStatusCode.OK, await AuditStatusAsync(restarted, token));
        Assert.Equal(HttpStatusCode.Unauthorized, await AuditStatusAsync(restarted, token[..^4] + "AAAA"));
    }

    private static async Task<HttpStatusCode> AuditStatusAsync(HttpClient identity, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/identity/audit");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await identity.SendAsync(request, Cancel);
        return response.StatusCode;
    }

    private static async Task<IReadOnlyList<string>> SigningKeyIdsAsync(HttpClient identity)
    {
        using var configuration = JsonDocument.Parse(await identity.GetStringAsync("/.well-known/openid-configuration", Cancel));
        var jwksUri = new Uri(configuration.RootElement.GetProperty("jwks_uri").GetString()!);
        using var keys = JsonDocument.Parse(await identity.GetStringAsync(jwksUri.PathAndQuery, Cancel));
        return [.. keys.RootElement.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()!).Order(StringComparer.Ordinal)];
    }
}
