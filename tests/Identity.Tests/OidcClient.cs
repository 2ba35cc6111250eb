namespace Platform.Identity.Tests;

/// <summary>A client of Identity's authorization code flow: the public web/mobile app, or the staff console with its secret.</summary>
internal sealed record OidcClient(string Id, string? Secret, string RedirectUri, string Scope)
{
    public static OidcClient Web { get; } = new("platform-web", null, IdentityFixture.WebRedirectUri, "openid platform offline_access");

    public static OidcClient Console(IdentityFixture fixture) =>
        new("platform-console", fixture.ConsoleSecret, fixture.ConsoleRedirectUri.ToString(), "openid profile platform offline_access");

    /// <summary>The client's own part of a token or revocation request: its id, and its secret when it has one.</summary>
    public Dictionary<string, string> Form(params (string Key, string Value)[] fields)
    {
        var form = fields.ToDictionary(f => f.Key, f => f.Value);
        form["client_id"] = Id;
        if (Secret is not null)
        {
            form["client_secret"] = Secret;
        }

        return form;
    }
}
