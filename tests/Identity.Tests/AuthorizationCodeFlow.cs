using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.IdentityModel.Tokens;

namespace Platform.Identity.Tests;

/// <summary>What a web or mobile app (or the staff console) does: authorize with PKCE, sign in on the login page, exchange the code.</summary>
internal static partial class AuthorizationCodeFlow
{
    public sealed record Tokens(string AccessToken, string RefreshToken, string? IdToken);

    /// <summary>A browser on the gateway: it keeps cookies and shows each redirect instead of following it.</summary>
    public static HttpClient Browser(Uri gateway) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = gateway };

    public static async Task<Tokens> SignInAsync(Uri gateway, string userName, string password, CancellationToken cancellationToken)
    {
        using var browser = Browser(gateway);
        return await SignInAsync(browser, OidcClient.Web, userName, password, cancellationToken);
    }

    public static async Task<Tokens> SignInAsync(HttpClient browser, OidcClient client, string userName, string password, CancellationToken cancellationToken)
    {
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var authorize = $"/connect/authorize?client_id={client.Id}&response_type=code&scope={Uri.EscapeDataString(client.Scope)}"
            + $"&redirect_uri={Uri.EscapeDataString(client.RedirectUri)}&code_challenge={challenge}&code_challenge_method=S256";

        using var toLogin = await browser.GetAsync(authorize, cancellationToken);
        Assert.True(toLogin.StatusCode == HttpStatusCode.Redirect, await toLogin.Content.ReadAsStringAsync(cancellationToken));
        using var page = await browser.GetAsync(toLogin.Headers.Location, cancellationToken);
        var form = LoginForm.Read(await page.Content.ReadAsStringAsync(cancellationToken));

        using var signedIn = await browser.PostAsync("/connect/login", form.Submit(userName, password), cancellationToken);
        Assert.True(signedIn.StatusCode == HttpStatusCode.Redirect, await signedIn.Content.ReadAsStringAsync(cancellationToken));

        using var withCode = await browser.GetAsync(signedIn.Headers.Location, cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, withCode.StatusCode);
        var code = System.Web.HttpUtility.ParseQueryString(withCode.Headers.Location!.Query)["code"]!;

        return await TokenAsync(browser, client.Form(
            ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", client.RedirectUri), ("code_verifier", verifier)), cancellationToken);
    }

    public static Task<Tokens> RefreshAsync(Uri gateway, string refreshToken, CancellationToken cancellationToken) =>
        RefreshAsync(gateway, OidcClient.Web, refreshToken, cancellationToken);

    public static async Task<Tokens> RefreshAsync(Uri gateway, OidcClient client, string refreshToken, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = gateway };
        return await TokenAsync(http, client.Form(("grant_type", "refresh_token"), ("refresh_token", refreshToken)), cancellationToken);
    }

    private static async Task<Tokens> TokenAsync(HttpClient client, Dictionary<string, string> form, CancellationToken cancellationToken)
    {
        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(form), cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.IsSuccessStatusCode, body);
        var json = JsonDocument.Parse(body).RootElement;
        return new Tokens(json.GetProperty("access_token").GetString()!, json.GetProperty("refresh_token").GetString()!,
            json.TryGetProperty("id_token", out var idToken) ? idToken.GetString() : null);
    }
}

/// <summary>The login page's hidden fields, read from its HTML, and the form a browser posts back.</summary>
internal sealed partial record LoginForm(string AntiforgeryField, string AntiforgeryToken, string ReturnUrl)
{
    public static LoginForm Read(string html)
    {
        var antiforgery = Antiforgery().Match(html);
        Assert.True(antiforgery.Success, html);
        return new LoginForm(antiforgery.Groups[1].Value, antiforgery.Groups[2].Value, WebUtility.HtmlDecode(ReturnUrlField().Match(html).Groups[1].Value));
    }

    public FormUrlEncodedContent Submit(string userName, string password) => new(new Dictionary<string, string>
    {
        [AntiforgeryField] = AntiforgeryToken, ["returnUrl"] = ReturnUrl, ["userName"] = userName, ["password"] = password,
    });

    [GeneratedRegex("name=\"(__RequestVerificationToken)\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    [GeneratedRegex("name=\"returnUrl\" value=\"([^\"]*)\"")]
    private static partial Regex ReturnUrlField();
}
