using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Platform.Identity.Users;

namespace Platform.Identity.Connect;

/// <summary>POST /connect/login: checks the password (locking the account after repeated failures) and returns to the authorize endpoint.</summary>
internal static class LoginEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext context, IAntiforgery antiforgery, SignInManager<PlatformUser> signIn,
        [FromForm] string userName, [FromForm] string password, [FromForm] string? returnUrl)
    {
        var user = await signIn.UserManager.FindByNameAsync(userName);
        var result = user is { Disabled: false }
            ? await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true)
            : Microsoft.AspNetCore.Identity.SignInResult.Failed;
        if (!result.Succeeded)
        {
            return LoginPage.Show(context, antiforgery, returnUrl, failed: true);
        }

        // Only back into this service's own authorize endpoint: never an open redirect.
        return Results.LocalRedirect(returnUrl is not null && returnUrl.StartsWith("/connect/authorize", StringComparison.Ordinal)
            ? returnUrl
            : "/connect/authorize");
    }
}
