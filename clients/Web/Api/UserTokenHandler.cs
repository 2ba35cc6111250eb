using System.Net.Http.Headers;
using Microsoft.AspNetCore.Components.Authorization;
using Platform.Web.Account;

namespace Platform.Web.Api;

/// <summary>
/// Puts the signed-in user's access token on every call to the gateway. It lives in the circuit's scope, so it asks
/// the circuit's authentication state who the user is (an HttpContext does not exist inside a circuit).
/// </summary>
public sealed class UserTokenHandler(AuthenticationStateProvider authentication, AccessTokens tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.ForAsync(state.User, cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }
}
