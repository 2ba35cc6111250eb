using MudBlazor.Services;
using Platform.Web.Account;
using Platform.Web.Api;
using Platform.Web.Components;
using Platform.Web.Localization;

namespace Platform.Web;

public static class WebConsole
{
    public const string CacheName = "cache";

    /// <summary>The console: basic service defaults, Redis (sessions and keys), sign-in, the gateway's API, cultures, components.</summary>
    public static WebApplicationBuilder AddWebConsole(this WebApplicationBuilder builder)
    {
        builder.AddBasicServiceDefaults();
        builder.AddRedisClient(CacheName);
        builder.AddConsoleAuthentication();
        builder.AddGatewayApi();
        builder.AddConsoleCultures();
        builder.Services.AddMudServices();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        return builder;
    }

    public static WebApplication MapWebConsole(this WebApplication app)
    {
        app.UseConsoleSecurityHeaders();
        app.MapHealthEndpoints();
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous();
        app.MapAccountEndpoints();
        app.MapCultureSwitch();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode().RequireAuthorization();
        return app;
    }
}
