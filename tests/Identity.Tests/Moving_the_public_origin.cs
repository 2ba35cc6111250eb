extern alias identity;

using System.Net;
using System.Security.Cryptography;
using Platform.Testing;

namespace Platform.Identity.Tests;

/// <summary>The console's client follows the platform's public origin and its secret from one start to the next.</summary>
public sealed class Moving_the_public_origin(IdentityFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task After_a_restart_at_another_origin_with_another_secret_the_console_client_accepts_only_the_new_ones()
    {
        var database = fixture.Servers.PostgresConnectionString("identity_console_origin_tests");
        var (firstOrigin, firstSecret) = (new Uri(TestIdentity.ReservedGatewayOrigin()), NewSecret());
        await using (var first = Start(database, firstOrigin, firstSecret))
        {
            using var client = first.CreateClient();
            Assert.Equal(HttpStatusCode.OK, await RevokeStatusAsync(client, firstSecret));
        }

        var (secondOrigin, secondSecret) = (new Uri(TestIdentity.ReservedGatewayOrigin()), NewSecret());
        await using var second = Start(database, secondOrigin, secondSecret);
        using var restarted = second.CreateClient();

        Assert.Equal(HttpStatusCode.OK, await AuthorizeStatusAsync(restarted, secondOrigin));
        Assert.Equal(HttpStatusCode.BadRequest, await AuthorizeStatusAsync(restarted, firstOrigin));
        Assert.Equal(HttpStatusCode.OK, await RevokeStatusAsync(restarted, secondSecret));
        Assert.Equal(HttpStatusCode.Unauthorized, await RevokeStatusAsync(restarted, firstSecret));
    }

    private ServiceFactory<identity::Program> Start(string database, Uri origin, string consoleSecret) =>
        new(fixture.Servers, "identity", new Dictionary<string, string?>(TestIdentity.BootstrapSettings(NewSecret()))
        {
            ["ConnectionStrings:identitydb"] = database,
            [TestIdentity.PublicOriginKey] = origin.ToString(),
            ["Identity:Seed:ConsoleSecret"] = consoleSecret,
        });

    private static string NewSecret() => Convert.ToHexString(RandomNumberGenerator.GetBytes(24));

    /// <summary>A registered redirect URI leads (redirects followed) to the login page; any other is refused on the spot.</summary>
    private static async Task<HttpStatusCode> AuthorizeStatusAsync(HttpClient identity, Uri origin)
    {
        using var response = await identity.GetAsync(
            "/connect/authorize?client_id=platform-console&response_type=code&scope=openid"
            + $"&redirect_uri={Uri.EscapeDataString(new Uri(origin, "signin-oidc").ToString())}&code_challenge={new string('a', 43)}&code_challenge_method=S256",
            Cancel);
        return response.StatusCode;
    }

    /// <summary>Revoking an unknown token succeeds for an authenticated client (RFC 7009), so the status tells whether the secret is right.</summary>
    private static async Task<HttpStatusCode> RevokeStatusAsync(HttpClient identity, string secret)
    {
        using var response = await identity.PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = "platform-console", ["client_secret"] = secret, ["token"] = "not-a-token",
        }), Cancel);
        return response.StatusCode;
    }
}
