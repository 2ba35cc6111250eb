using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc;

namespace Platform.Web.Account;

/// <summary>
/// <c>/account/signin</c> starts the code flow (back to a local address only); <c>/account/signout</c> (a form post)
/// revokes the refresh token at Identity, forgets the session, clears the cookie and ends Identity's own sign-in.
/// </summary>
public static class AccountEndpoints
{
    public const string SignInPath = "/account/signin";
    public const string SignOutPath = "/account/signout";

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/account").AllowAnonymous();
        group.MapGet("/signin", (string? returnUrl) => TypedResults.Challenge(
            new AuthenticationProperties { RedirectUri = LocalUrl.OrRoot(returnUrl) }, [OpenIdConnectDefaults.AuthenticationScheme]));
        group.MapPost("/signout", SignOutAsync);
        return app;
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, ConsoleSessions sessions, SessionRevocation revocation, [FromForm] string? returnUrl)
    {
        var properties = new AuthenticationProperties { RedirectUri = LocalUrl.OrRoot(returnUrl) };
        if (context.User.FindFirstValue(ConsoleClaims.Session) is { } session && await sessions.FindAsync(session) is { } tokens)
        {
            await revocation.RevokeAsync(tokens, context.RequestAborted);
            await sessions.DeleteAsync(session);
            if (tokens.IdToken is { } idToken)
            {
                properties.SetParameter(Microsoft.IdentityModel.Protocols.OpenIdConnect.OpenIdConnectParameterNames.IdTokenHint, idToken);
            }
        }

        return TypedResults.SignOut(properties, [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]);
    }
}
