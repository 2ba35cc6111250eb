using Microsoft.AspNetCore.Identity;
using OpenIddict.Server.AspNetCore;
using Platform.Identity.Users;

namespace Platform.Identity.Connect;

/// <summary>
/// GET or POST /connect/endsession after OpenIddict has validated the request (its <c>post_logout_redirect_uri</c> must
/// be one the client registered): ends the sign-in session (cookie <c>platform.signin</c>), then OpenIddict returns the
/// browser to that address.
/// </summary>
internal static class EndSessionEndpoint
{
    public static async Task<IResult> HandleAsync(SignInManager<PlatformUser> signIn)
    {
        await signIn.SignOutAsync();
        return Results.SignOut(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
