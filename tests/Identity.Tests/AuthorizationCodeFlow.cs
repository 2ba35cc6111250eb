using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.IdentityModel.Tokens;

namespace Platform.Identity.Tests;

/// <summary>What a web or mobile app does: authorize with PKCE, sign in on the login page, exchange the code.</summary>
internal static partial class AuthorizationCodeFlow
{
    public sealed record Tokens(string AccessToken, string RefreshToken);

    public static async Task<Tokens> SignInAsync(Uri gateway, string userName, string password, CancellationToken cancellationToken)
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var browser = new HttpClient(handler) { BaseAddress = gateway };
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var authorize = "/connect/authorize?client_id=platform-web&response_type=code&scope=openid%20platform%20offline_access"
            + $"&redirect_uri={Uri.EscapeDataString(IdentityFixture.WebRedirectUri)}&code_challenge={challenge}&code_challenge_method=S256";

        using var toLogin = await browser.GetAsync(authorize, cancellationToken);
        Assert.True(toLogin.StatusCode == HttpStatusCode.Redirect, await toLogin.Content.ReadAsStringAsync(cancellationToken));
        using var page = await browser.GetAsync(toLogin.Headers.Location, cancellationToken);
        var html = await page.Content.ReadAsStringAsync(cancellationToken);
        var antiforgery = Antiforgery().Match(html);
        var returnUrl = WebUtility.HtmlDecode(ReturnUrl().Match(html).Groups[1].Value);

        using var signedIn = await browser.PostAsync("/connect/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [antiforgery.Groups[1].Value] = antiforgery.Groups[2].Value,
            ["returnUrl"] = returnUrl, ["userName"] = userName, ["password"] = password,
        }), cancellationToken);
        Assert.True(signedIn.StatusCode == HttpStatusCode.Redirect, await signedIn.Content.ReadAsStringAsync(cancellationToken));

        using var withCode = await browser.GetAsync(signedIn.Headers.Location, cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, withCode.StatusCode);
        var code = System.Web.HttpUtility.ParseQueryString(withCode.Headers.Location!.Query)["code"]!;

        return await TokenAsync(browser, new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["client_id"] = "platform-web", ["code"] = code,
            ["redirect_uri"] = IdentityFixture.WebRedirectUri, ["code_verifier"] = verifier,
        }, cancellationToken);
    }

    public static async Task<Tokens> RefreshAsync(Uri gateway, string refreshToken, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = gateway };
        return await TokenAsync(client, new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["client_id"] = "platform-web", ["refresh_token"] = refreshToken,
        }, cancellationToken);
    }

    private static async Task<Tokens> TokenAsync(HttpClient client, Dictionary<string, string> form, CancellationToken cancellationToken)
    {
        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(form), cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.IsSuccessStatusCode, body);
        var json = JsonDocument.Parse(body).RootElement;
        return new Tokens(json.GetProperty("access_token").GetString()!, json.GetProperty("refresh_token").GetString()!);
    }

    [GeneratedRegex("name=\"(__RequestVerificationToken)\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    [GeneratedRegex("name=\"returnUrl\" value=\"([^\"]*)\"")]
    private static partial Regex ReturnUrl();
}
