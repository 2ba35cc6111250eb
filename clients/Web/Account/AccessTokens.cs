using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Platform.Web.Account;

/// <summary>
/// The signed-in user's access token for a call to the gateway, refreshed with the refresh token shortly before it
/// expires. One refresh at a time per session in this process: Identity rotates refresh tokens, and two concurrent
/// refreshes with the same one would race.
/// </summary>
public sealed class AccessTokens(
    ConsoleSessions sessions, IOptionsMonitor<OpenIdConnectOptions> oidc, IOptions<ConsoleClientOptions> client,
    TimeProvider clock, ILogger<AccessTokens> logger)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _refreshing = new();

    public async Task<string> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var session = user.FindFirstValue(ConsoleClaims.Session) ?? throw new SessionEndedException("The user has no console session.");
        var tokens = await sessions.FindAsync(session) ?? throw new SessionEndedException("The console session has ended.");
        if (!tokens.IsDue(clock.GetUtcNow()))
        {
            return tokens.AccessToken;
        }

        var gate = _refreshing.GetOrAdd(session, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            tokens = await sessions.FindAsync(session) ?? throw new SessionEndedException("The console session has ended.");
            if (!tokens.IsDue(clock.GetUtcNow()))
            {
                return tokens.AccessToken;
            }

            var refreshed = await RefreshAsync(tokens, cancellationToken);
            if (refreshed is null)
            {
                await sessions.DeleteAsync(session);
                throw new SessionEndedException("Identity refused to refresh the session's tokens.");
            }

            await sessions.SaveAsync(session, refreshed);
            return refreshed.AccessToken;
        }
        finally
        {
            gate.Release();
            _refreshing.TryRemove(new KeyValuePair<string, SemaphoreSlim>(session, gate));
        }
    }

    private async Task<SessionTokens?> RefreshAsync(SessionTokens tokens, CancellationToken cancellationToken)
    {
        if (tokens.RefreshToken is null)
        {
            return null;
        }

        var options = oidc.Get(OpenIdConnectDefaults.AuthenticationScheme);
        var configuration = await options.ConfigurationManager!.GetConfigurationAsync(cancellationToken);
        using var response = await options.Backchannel.PostAsync(configuration.TokenEndpoint, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = tokens.RefreshToken,
            ["client_id"] = client.Value.ClientId,
            ["client_secret"] = client.Value.ClientSecret,
        }), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            logger.LogInformation("Refreshing a console session's tokens was refused: {Status}", (int)response.StatusCode);
            return null;
        }

        var answer = new OpenIdConnectMessage(await response.Content.ReadAsStringAsync(cancellationToken));
        return SessionTokens.From(answer, clock.GetUtcNow()) with
        {
            RefreshToken = answer.RefreshToken ?? tokens.RefreshToken,
            IdToken = answer.IdToken ?? tokens.IdToken,
        };
    }
}
