using System.Net;
using Microsoft.AspNetCore.Antiforgery;

namespace Platform.Identity.Connect;

/// <summary>
/// GET /connect/login: the sign-in form of the authorization code flow, under /connect so that it is reached through
/// the gateway. Plain HTML in the console's look, one column for phones; never cached, never echoes a password.
/// </summary>
internal static class LoginPage
{
    public const string Segment = "/login";
    public const string Path = "/connect" + Segment;

    public static IResult HandleGet(HttpContext context, IAntiforgery antiforgery, string? returnUrl, string? lang) =>
        Show(context, antiforgery, LoginText.For(context, lang), returnUrl, userName: null, message: null);

    public static IResult Show(HttpContext context, IAntiforgery antiforgery, LoginText text, string? returnUrl, string? userName, string? message)
    {
        var token = antiforgery.GetAndStoreTokens(context);
        context.Response.Headers.CacheControl = "no-store";
        // Its one stylesheet is inline; nothing else loads, and the form posts only here.
        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        var alert = message is null ? "" : $"""<p id="failure" class="alert" role="alert">{message}</p>""";
        var describedBy = message is null ? "" : " aria-describedby=\"failure\" aria-invalid=\"true\"";
        var switchTo = $"{Path}?lang={text.OtherLang}" + (returnUrl is null ? "" : $"&returnUrl={Uri.EscapeDataString(returnUrl)}");
        return Results.Content($"""
            <!doctype html>
            <html lang="{text.Lang}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{text.Title} · {text.App}</title>
            <style>{Style}</style>
            </head>
            <body>
            <header><span>{text.App}</span><a href="{Encode(switchTo)}" lang="{text.OtherLang}" hreflang="{text.OtherLang}">{text.OtherLangName}</a></header>
            <main>
            <h1>{text.Title}</h1>
            {alert}
            <form method="post" action="{Path}">
            <input type="hidden" name="{token.FormFieldName}" value="{token.RequestToken}">
            <input type="hidden" name="returnUrl" value="{Encode(returnUrl)}">
            <input type="hidden" name="lang" value="{text.Lang}">
            <label for="userName">{text.UserName}</label>
            <input id="userName" name="userName" value="{Encode(userName)}" autocomplete="username" autocapitalize="none" spellcheck="false" required{describedBy}>
            <label for="password">{text.Password}</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required{describedBy}>
            <button type="submit">{text.Submit}</button>
            </form>
            </main>
            </body>
            </html>
            """, "text/html; charset=utf-8");
    }

    /// <summary>For what the browser sent; the page's own words are written as they are.</summary>
    private static string Encode(string? value) => WebUtility.HtmlEncode(value ?? "");

    // Colours meet WCAG AA: white on #B3261E is 6.5:1, #1C1B1F and #49454F on white are above 9:1.
    private const string Style = """
        *{box-sizing:border-box}
        body{margin:0;min-height:100vh;background:#F5F5F5;color:#1C1B1F;font:16px/1.5 "Noto Sans CJK SC","Noto Sans SC",system-ui,sans-serif}
        header{display:flex;align-items:center;justify-content:space-between;gap:1rem;padding:.75rem 1rem;background:#B3261E;color:#FFF;font-size:1.125rem;font-weight:600}
        header a{color:#FFF;font-size:1rem;font-weight:400;padding:.5rem;min-height:44px;display:inline-flex;align-items:center}
        main{max-width:26rem;margin:2rem auto;padding:1.5rem;background:#FFF;border-radius:12px;box-shadow:0 1px 3px rgba(0,0,0,.2)}
        h1{margin:0 0 1rem;font-size:1.5rem}
        form{display:flex;flex-direction:column}
        label{margin-top:1rem;font-weight:600;color:#49454F}
        input{font:inherit;margin-top:.25rem;min-height:48px;padding:.5rem .75rem;border:1px solid #79747E;border-radius:8px;color:#1C1B1F;background:#FFF}
        button{font:inherit;font-weight:600;margin-top:1.5rem;min-height:48px;border:0;border-radius:24px;background:#B3261E;color:#FFF;cursor:pointer}
        :focus-visible{outline:3px solid #1C1B1F;outline-offset:2px}
        header a:focus-visible{outline-color:#FFF}
        .alert{margin:0 0 .5rem;padding:.75rem;border-radius:8px;background:#F9DEDC;color:#410E0B}
        @media (max-width:30rem){main{margin:0;border-radius:0;box-shadow:none;min-height:calc(100vh - 3.5rem)}}
        """;
}
