using System.Globalization;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Platform.Web.Account;

/// <summary>
/// The addresses Identity sends the browser back to are the public origin's (the gateway's), whatever host this
/// process sees behind it; after the code is exchanged the tokens go to the server-side session, and the cookie gets
/// only its key.
/// </summary>
internal sealed class ConsoleOidcEvents(Uri origin) : OpenIdConnectEvents
{
    public override Task RedirectToIdentityProvider(RedirectContext context)
    {
        context.ProtocolMessage.RedirectUri = new Uri(origin, ConsoleAuthentication.CallbackPath.TrimStart('/')).ToString();
        context.ProtocolMessage.UiLocales = CultureInfo.CurrentUICulture.Name;
        return base.RedirectToIdentityProvider(context);
    }

    public override async Task RedirectToIdentityProviderForSignOut(RedirectContext context)
    {
        context.ProtocolMessage.PostLogoutRedirectUri = new Uri(origin, ConsoleAuthentication.SignedOutCallbackPath.TrimStart('/')).ToString();
        if (context.Properties.GetParameter<string>(OpenIdConnectParameterNames.IdTokenHint) is { } idToken)
        {
            context.ProtocolMessage.IdTokenHint = idToken;
        }

        await base.RedirectToIdentityProviderForSignOut(context);
    }

    public override async Task TokenValidated(TokenValidatedContext context)
    {
        var sessions = context.HttpContext.RequestServices.GetRequiredService<ConsoleSessions>();
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        var session = await sessions.CreateAsync(SessionTokens.From(context.TokenEndpointResponse
            ?? throw new InvalidOperationException("The code flow ended without a token response."), clock.GetUtcNow()));
        (context.Principal?.Identity as ClaimsIdentity)?.AddClaim(new Claim(ConsoleClaims.Session, session));
        await base.TokenValidated(context);
    }
}
