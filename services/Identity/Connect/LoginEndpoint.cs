using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Platform.Identity.Users;

namespace Platform.Identity.Connect;

/// <summary>
/// POST /connect/login: checks the password (locking the account after repeated failures) and returns to the authorize
/// endpoint. A disabled or unknown account reads as a wrong password, so the page never tells which accounts exist.
/// </summary>
internal static class LoginEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext context, IAntiforgery antiforgery, SignInManager<PlatformUser> signIn, TimeProvider clock,
        [FromForm] string userName, [FromForm] string password, [FromForm] string? returnUrl, [FromForm] string? lang)
    {
        var user = await signIn.UserManager.FindByNameAsync(userName);
        var result = user is { Disabled: false }
            ? await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true)
            : Microsoft.AspNetCore.Identity.SignInResult.Failed;
        if (!result.Succeeded)
        {
            var text = LoginText.For(context, lang);
            var message = result.IsLockedOut && await signIn.UserManager.GetLockoutEndDateAsync(user!) is { } end
                ? text.Locked(Math.Max(1, (int)Math.Ceiling((end - clock.GetUtcNow()).TotalMinutes)))
                : text.WrongCredentials;
            return LoginPage.Show(context, antiforgery, text, returnUrl, userName, message);
        }

        // Only back into this service's own authorize endpoint: never an open redirect.
        return Results.LocalRedirect(returnUrl is not null && returnUrl.StartsWith("/connect/authorize", StringComparison.Ordinal)
            ? returnUrl
            : "/connect/authorize");
    }
}
