using System.Globalization;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Platform.Web.Account;

/// <summary>What the console keeps of a signed-in user's tokens, on the server only.</summary>
public sealed record SessionTokens(string AccessToken, string? RefreshToken, string? IdToken, DateTimeOffset ExpiresAt)
{
    /// <summary>Refreshed this long before it expires, so a call never leaves with a token about to lapse.</summary>
    public static readonly TimeSpan RefreshAhead = TimeSpan.FromMinutes(2);

    /// <summary>From a token endpoint's answer (sign-in or refresh).</summary>
    public static SessionTokens From(OpenIdConnectMessage answer, DateTimeOffset now) => new(
        answer.AccessToken, answer.RefreshToken, answer.IdToken,
        now.AddSeconds(int.TryParse(answer.ExpiresIn, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) ? seconds : 0));

    public bool IsDue(DateTimeOffset now) => ExpiresAt - now <= RefreshAhead;
}
