using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Platform.Identity.Users;

namespace Platform.Identity.Connect;

/// <summary>
/// GET /connect/authorize for web and mobile clients (authorization code with PKCE, checked by OpenIddict): a user
/// not signed in is sent to the login page and back; a signed-in user gets a code for their current access.
/// The platform's clients are its own, so there is no consent screen.
/// </summary>
internal static class AuthorizeEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext context, UserManager<PlatformUser> users)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict server request cannot be retrieved.");

        var session = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = session.Succeeded ? await users.GetUserAsync(session.Principal) : null;
        if (user is null || user.Disabled)
        {
            return Results.Challenge(new AuthenticationProperties
            {
                RedirectUri = context.Request.PathBase + context.Request.Path + context.Request.QueryString,
            }, [IdentityConstants.ApplicationScheme]);
        }

        var grant = await UserGrant.OfAsync(users, user);
        return Results.SignIn(grant.ToPrincipal(request.GetScopes()), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
