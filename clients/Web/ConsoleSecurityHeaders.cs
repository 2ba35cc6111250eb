namespace Platform.Web;

/// <summary>
/// The console's own content security policy (the gateway keeps a page's policy and adds its other headers): scripts
/// only from the console itself, MudBlazor's inline styles, the circuit's WebSocket back to the same origin, and forms
/// and frames nowhere else.
/// </summary>
public static class ConsoleSecurityHeaders
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public static IApplicationBuilder UseConsoleSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            context.Response.Headers.ContentSecurityPolicy = Policy;
            context.Response.Headers.XContentTypeOptions = "nosniff";
            return Task.CompletedTask;
        });
        return next(context);
    });
}
