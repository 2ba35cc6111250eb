using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Platform.Identity.Users;

namespace Platform.Identity.Connect;

/// <summary>The sign-in form of the authorization code flow, at /connect/login so that it is reached through the gateway.</summary>
internal static class LoginPage
{
    public const string Segment = "/login";
    public const string Path = "/connect" + Segment;

    public static IResult Show(HttpContext context, IAntiforgery antiforgery, string? returnUrl, bool failed = false)
    {
        var token = antiforgery.GetAndStoreTokens(context);
        var message = failed ? "<p role=\"alert\">用户名或密码错误 Wrong user name or password.</p>" : "";
        return Results.Content($"""
            <!doctype html><html lang="zh"><meta charset="utf-8"><title>登录 Sign in</title>
            <h1>五社联动 · 登录 Sign in</h1>{message}
            <form method="post" action="{Path}">
              <input type="hidden" name="{token.FormFieldName}" value="{token.RequestToken}">
              <input type="hidden" name="returnUrl" value="{WebUtility.HtmlEncode(returnUrl)}">
              <label>用户名 User name <input name="userName" autocomplete="username" required></label>
              <label>密码 Password <input name="password" type="password" autocomplete="current-password" required></label>
              <button>登录 Sign in</button>
            </form></html>
            """, "text/html; charset=utf-8");
    }

    public static async Task<IResult> SubmitAsync(
        HttpContext context, IAntiforgery antiforgery, SignInManager<PlatformUser> signIn,
        [FromForm] string userName, [FromForm] string password, [FromForm] string? returnUrl)
    {
        var user = await signIn.UserManager.FindByNameAsync(userName);
        var result = user is { Disabled: false }
            ? await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true)
            : Microsoft.AspNetCore.Identity.SignInResult.Failed;
        if (!result.Succeeded)
        {
            return Show(context, antiforgery, returnUrl, failed: true);
        }

        // Only back into this service's own authorize endpoint: never an open redirect.
        return Results.LocalRedirect(returnUrl is not null && returnUrl.StartsWith("/connect/authorize", StringComparison.Ordinal)
            ? returnUrl
            : "/connect/authorize");
    }
}
