using System.Text.Json;
using Aspire.Hosting.ApplicationModel;
using Platform.Testing;

namespace Platform.EndToEnd.Tests;

/// <summary>
/// A standard client (the mobile app, a department's system) knows only the gateway's address: openid-client discovers
/// Identity there, gets tokens there, and every address it is given is the gateway's — the one the AppHost hands to
/// Identity, the services and the gateway as <c>Platform:PublicOrigin</c>.
/// </summary>
public sealed class Signing_in_with_a_certified_openid_client(PlatformFixture platform)
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Discovery_client_credentials_and_authorization_code_with_pkce_and_refresh_all_go_through_the_gateway()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(ScriptTimeout);
        var gateway = platform.App.GetEndpoint("gateway", "http");
        var origin = gateway.GetLeftPart(UriPartial.Authority);

        var report = await OidcClientScript.RunAsync(new Dictionary<string, string>
        {
            ["GATEWAY"] = origin,
            ["CLIENT_ID"] = PrivateAppHost.CityAdminClient,
            ["CLIENT_SECRET"] = platform.Host.CityAdminSecret,
            ["WEB_CLIENT_ID"] = "platform-web",
            ["REDIRECT_URI"] = PlatformFixture.WebRedirectUri,
            ["USER_NAME"] = PrivateAppHost.CommunityWorkerUser,
            ["PASSWORD"] = platform.Host.CommunityWorkerPassword,
        }, timeout.Token);
        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());

        // Discovery: openid-client itself refuses an issuer other than the address it was given.
        var discovery = report.GetProperty("discovery");
        Assert.Equal(origin + "/", discovery.GetProperty("issuer").GetString());
        foreach (var endpoint in discovery.GetProperty("endpoints").EnumerateObject())
        {
            Assert.StartsWith(origin + "/", endpoint.Value.GetString(), StringComparison.Ordinal);
        }

        Assert.Contains("S256", discovery.GetProperty("codeChallengeMethods").EnumerateArray().Select(m => m.GetString()));

        // Client credentials: the token from the gateway's token endpoint is accepted by a service behind the gateway.
        var departmentCaller = report.GetProperty("clientCredentials").GetProperty("caller");
        Assert.Equal(200, departmentCaller.GetProperty("status").GetInt32());
        Assert.Equal(PrivateAppHost.CityAdminClient, departmentCaller.GetProperty("body").GetProperty("subject").GetString());

        // Authorization code with PKCE, signed in on Identity's login form at the gateway, then a refresh.
        var code = report.GetProperty("authorizationCode");
        Assert.StartsWith(origin + "/connect/login", code.GetProperty("loginUrl").GetString(), StringComparison.Ordinal);
        Assert.Equal(origin + "/", code.GetProperty("callbackHasIss").GetString());
        Assert.True(code.GetProperty("hasAccessToken").GetBoolean());
        Assert.True(code.GetProperty("hasRefreshToken").GetBoolean());
        Assert.Equal(origin + "/", code.GetProperty("idToken").GetProperty("iss").GetString());
        var userCaller = code.GetProperty("caller");
        Assert.Equal(200, userCaller.GetProperty("status").GetInt32());
        Assert.Contains("community-worker", userCaller.GetProperty("body").GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        var refreshed = code.GetProperty("refreshed");
        Assert.True(refreshed.GetProperty("hasAccessToken").GetBoolean());
        Assert.True(refreshed.GetProperty("newAccessToken").GetBoolean());
        Assert.Equal(200, refreshed.GetProperty("caller").GetProperty("status").GetInt32());

        // Nothing but the gateway was ever contacted.
        Assert.Equal([origin], report.GetProperty("contacted").EnumerateArray().Select(o => o.GetString()));
    }
}
