using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace Platform.Web.Account;

/// <summary>Revokes a session's refresh token at Identity (RFC 7009), so that a copy of it is worthless after sign-out.</summary>
public sealed class SessionRevocation(IOptionsMonitor<OpenIdConnectOptions> oidc, IOptions<ConsoleClientOptions> client, ILogger<SessionRevocation> logger)
{
    public async Task RevokeAsync(SessionTokens tokens, CancellationToken cancellationToken)
    {
        if (tokens.RefreshToken is null)
        {
            return;
        }

        var options = oidc.Get(OpenIdConnectDefaults.AuthenticationScheme);
        var configuration = await options.ConfigurationManager!.GetConfigurationAsync(cancellationToken);
        if (!configuration.AdditionalData.TryGetValue("revocation_endpoint", out var endpoint) || endpoint is not string address)
        {
            logger.LogWarning("Identity advertises no revocation endpoint; the refresh token lapses on its own.");
            return;
        }

        using var response = await options.Backchannel.PostAsync(address, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = tokens.RefreshToken,
            ["token_type_hint"] = "refresh_token",
            ["client_id"] = client.Value.ClientId,
            ["client_secret"] = client.Value.ClientSecret,
        }), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            logger.LogWarning("Revoking a refresh token at sign-out answered {Status}", (int)response.StatusCode);
        }
    }
}
