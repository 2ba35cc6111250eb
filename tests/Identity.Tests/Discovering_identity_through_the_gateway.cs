using System.Net;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Platform.Identity.Tests;

/// <summary>A standard OpenID Connect client knows only the gateway: issuer, endpoints and redirects all name it.</summary>
public sealed class Discovering_identity_through_the_gateway(IdentityFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_discovery_document_names_the_gateway_as_issuer_and_every_endpoint_under_it_and_each_answers_there()
    {
        using var anonymous = fixture.Anonymous();
        var gateway = fixture.Identity.PublicOrigin;
        Assert.Equal(gateway.Authority, fixture.Gateway.Authority);

        using var document = JsonDocument.Parse(await anonymous.GetStringAsync("/.well-known/openid-configuration", Cancel));
        var metadata = document.RootElement;
        Assert.Equal(gateway.ToString(), metadata.GetProperty("issuer").GetString());

        var endpoints = metadata.EnumerateObject()
            .Where(p => p.Name.EndsWith("_endpoint", StringComparison.Ordinal) || p.Name == "jwks_uri")
            .ToDictionary(p => p.Name, p => new Uri(p.Value.GetString()!));
        Assert.Contains("token_endpoint", endpoints.Keys);
        Assert.Contains("authorization_endpoint", endpoints.Keys);
        Assert.Contains("jwks_uri", endpoints.Keys);
        Assert.Contains("revocation_endpoint", endpoints.Keys);
        Assert.Contains("end_session_endpoint", endpoints.Keys);
        foreach (var (name, endpoint) in endpoints)
        {
            Assert.True(gateway.IsBaseOf(endpoint), $"{name} is {endpoint}, not under {gateway}");
            using var response = await anonymous.GetAsync(endpoint, Cancel);
            Assert.True(response.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable),
                $"{name} ({endpoint}) answered {(int)response.StatusCode} through the gateway");
        }

        using var keys = JsonDocument.Parse(await anonymous.GetStringAsync(endpoints["jwks_uri"], Cancel));
        Assert.NotEmpty(keys.RootElement.GetProperty("keys").EnumerateArray());
    }

    [Fact]
    public async Task An_access_token_names_the_gateway_as_issuer_and_the_gateway_and_a_service_accept_it()
    {
        using var client = await fixture.AsAsync(Platform.ServiceDefaults.Security.PlatformRoles.CityAdmin, Platform.Testing.TestIdentity.CityRegion);
        var token = client.DefaultRequestHeaders.Authorization!.Parameter!;

        Assert.Equal(fixture.Identity.PublicOrigin.ToString(), new JsonWebToken(token).Issuer);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/party/caller", Cancel)).StatusCode);
    }

    [Fact]
    public async Task Signing_in_sends_the_browser_to_the_login_page_on_the_gateway_not_on_identitys_own_address()
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var browser = new HttpClient(handler) { BaseAddress = fixture.Gateway };

        using var response = await browser.GetAsync(
            "/connect/authorize?client_id=platform-web&response_type=code&scope=openid%20platform"
            + $"&redirect_uri={Uri.EscapeDataString(IdentityFixture.WebRedirectUri)}&code_challenge={new string('a', 43)}&code_challenge_method=S256",
            Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var login = new Uri(fixture.Gateway, response.Headers.Location!);
        Assert.Equal(fixture.Gateway.Authority, login.Authority);
        Assert.Equal("/connect/login", login.AbsolutePath);
    }
}
