using System.Net;
using Microsoft.IdentityModel.JsonWebTokens;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Testing;

namespace Platform.Identity.Tests;

/// <summary>The staff web console, a confidential client: code flow with PKCE and its secret, refresh, revocation, end-session.</summary>
public sealed class Signing_in_to_the_staff_console(IdentityFixture fixture)
{
    private const string Password = "Console-password-1";
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private OidcClient Console => OidcClient.Console(fixture);

    [Fact]
    public async Task The_console_gets_tokens_whose_id_token_names_the_user_their_role_and_region_and_refreshes_them()
    {
        await CreateWorkerAsync("console-worker");
        using var browser = AuthorizationCodeFlow.Browser(fixture.Gateway);

        var tokens = await AuthorizationCodeFlow.SignInAsync(browser, Console, "console-worker", Password, Cancel);

        var idToken = new JsonWebToken(tokens.IdToken);
        Assert.Equal("console-worker", idToken.GetClaim("name").Value);
        Assert.Equal(PlatformRoles.CommunityWorker, idToken.GetClaim("role").Value);
        Assert.Equal("511603001001", idToken.GetClaim(PlatformClaims.Region).Value);
        Assert.Equal(fixture.Identity.PublicOrigin.ToString(), idToken.Issuer);
        var refreshed = await AuthorizationCodeFlow.RefreshAsync(fixture.Gateway, Console, tokens.RefreshToken, Cancel);
        Assert.NotEqual(tokens.AccessToken, refreshed.AccessToken);
    }

    [Fact]
    public async Task A_refresh_without_the_consoles_secret_is_refused()
    {
        await CreateWorkerAsync("console-no-secret");
        using var browser = AuthorizationCodeFlow.Browser(fixture.Gateway);
        var tokens = await AuthorizationCodeFlow.SignInAsync(browser, Console, "console-no-secret", Password, Cancel);

        using var response = await RefreshAsync(Console with { Secret = "not-the-secret" }, tokens.RefreshToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("invalid_client", await response.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task Revoking_the_refresh_token_makes_a_later_refresh_with_it_fail()
    {
        await CreateWorkerAsync("console-revoker");
        using var browser = AuthorizationCodeFlow.Browser(fixture.Gateway);
        var tokens = await AuthorizationCodeFlow.SignInAsync(browser, Console, "console-revoker", Password, Cancel);

        using var revoked = await browser.PostAsync("/connect/revoke", new FormUrlEncodedContent(
            Console.Form(("token", tokens.RefreshToken), ("token_type_hint", "refresh_token"))), Cancel);
        Assert.True(revoked.IsSuccessStatusCode, await revoked.Content.ReadAsStringAsync(Cancel));

        using var refresh = await RefreshAsync(Console, tokens.RefreshToken);
        Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);
        Assert.Contains("invalid_grant", await refresh.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task Ending_the_session_returns_to_the_registered_post_logout_address_and_signs_the_user_out()
    {
        await CreateWorkerAsync("console-leaver");
        using var browser = AuthorizationCodeFlow.Browser(fixture.Gateway);
        var tokens = await AuthorizationCodeFlow.SignInAsync(browser, Console, "console-leaver", Password, Cancel);

        using var ended = await browser.GetAsync(EndSession(fixture.ConsolePostLogoutRedirectUri, tokens.IdToken!), Cancel);

        Assert.True(ended.StatusCode == HttpStatusCode.Redirect, await ended.Content.ReadAsStringAsync(Cancel));
        var back = ended.Headers.Location!;
        Assert.Equal(fixture.ConsolePostLogoutRedirectUri.GetLeftPart(UriPartial.Path), back.GetLeftPart(UriPartial.Path));
        Assert.Equal("bye", System.Web.HttpUtility.ParseQueryString(back.Query)["state"]);
        using var again = await browser.GetAsync(
            $"/connect/authorize?client_id={Console.Id}&response_type=code&scope=openid&redirect_uri={Uri.EscapeDataString(Console.RedirectUri)}"
            + $"&code_challenge={new string('a', 43)}&code_challenge_method=S256", Cancel);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.StartsWith("/connect/login", again.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Ending_the_session_refuses_a_post_logout_address_the_console_did_not_register()
    {
        await CreateWorkerAsync("console-foreign");
        using var browser = AuthorizationCodeFlow.Browser(fixture.Gateway);
        var tokens = await AuthorizationCodeFlow.SignInAsync(browser, Console, "console-foreign", Password, Cancel);

        using var ended = await browser.GetAsync(EndSession(new Uri("https://elsewhere.example/signout-callback-oidc"), tokens.IdToken!), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, ended.StatusCode);
        Assert.Null(ended.Headers.Location);
    }

    private string EndSession(Uri postLogoutRedirectUri, string idToken) =>
        $"/connect/endsession?client_id={Console.Id}&id_token_hint={idToken}"
        + $"&post_logout_redirect_uri={Uri.EscapeDataString(postLogoutRedirectUri.ToString())}&state=bye";

    private async Task<HttpResponseMessage> RefreshAsync(OidcClient client, string refreshToken)
    {
        using var http = new HttpClient { BaseAddress = fixture.Gateway };
        return await http.PostAsync("/connect/token", new FormUrlEncodedContent(
            client.Form(("grant_type", "refresh_token"), ("refresh_token", refreshToken))), Cancel);
    }

    private async Task CreateWorkerAsync(string userName)
    {
        using var admin = await fixture.AsAsync(PlatformRoles.CityAdmin, TestIdentity.CityRegion);
        await Accounts.CreateUserAsync(admin, userName, Password, PlatformRoles.CommunityWorker, "511603001001", cancellationToken: Cancel);
    }
}
