using System.Net;
using Microsoft.AspNetCore.Antiforgery;

namespace Platform.Identity.Connect;

/// <summary>GET /connect/login: the sign-in form of the authorization code flow, under /connect so that it is reached through the gateway.</summary>
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
}
