using Microsoft.AspNetCore.Localization;
using Platform.Web.Account;

namespace Platform.Web.Localization;

/// <summary>
/// Simplified Chinese first, English available. The choice is the culture cookie (set by <c>/culture/{name}</c>, kept
/// a year), else the browser's <c>Accept-Language</c>, else Chinese.
/// </summary>
public static class ConsoleCultures
{
    public const string Chinese = "zh-CN";
    public const string English = "en";
    public static readonly string[] All = [Chinese, English];

    public static WebApplicationBuilder AddConsoleCultures(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(Chinese).AddSupportedCultures(All).AddSupportedUICultures(All);
            options.ApplyCurrentCultureToResponseHeaders = true;
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/culture/{name}", (string name, string? returnUrl, HttpContext context) =>
        {
            if (!All.Contains(name))
            {
                return Results.NotFound();
            }

            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(name)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
            return Results.LocalRedirect(LocalUrl.OrRoot(returnUrl));
        }).AllowAnonymous();
        return app;
    }
}
