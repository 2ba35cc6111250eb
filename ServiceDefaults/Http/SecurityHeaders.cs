using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Platform.ServiceDefaults.Http;

/// <summary>
/// No server banner, and the headers an API's responses should carry (OWASP API8, security misconfiguration).
/// Set when the response starts, so that at the gateway they replace whatever a proxied service sent; except the
/// content security policy of a page that sets its own (the sign-in form, the web console), which is kept.
/// </summary>
public static class SecurityHeaders
{
    public static IHostApplicationBuilder AddSecurityHeaders(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);
        return builder;
    }

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.Remove("X-Powered-By");
            // The API reference page runs scripts; a page states its own policy; every other answer is data and may run nothing.
            if (!context.Request.Path.StartsWithSegments("/docs") && headers.ContentSecurityPolicy.Count == 0)
            {
                headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
            }

            return Task.CompletedTask;
        });
        return next(context);
    });
}
