using Microsoft.Extensions.Http.Resilience;

namespace Platform.Web.Api;

/// <summary>
/// The console reaches the services only through the gateway (resolved by service discovery), as the signed-in user.
/// Retries are for reads only: a retried write could be applied twice.
/// </summary>
public static class GatewayApi
{
    public const string ClientName = "gateway";

    public static WebApplicationBuilder AddGatewayApi(this WebApplicationBuilder builder)
    {
#pragma warning disable EXTEXP0001 // Replacing the default handler is the documented way to configure one client differently.
        builder.Services.AddHttpClient(ClientName)
            .RemoveAllResilienceHandlers()
            .AddStandardResilienceHandler(options => options.Retry.DisableForUnsafeHttpMethods());
#pragma warning restore EXTEXP0001
        builder.Services.AddScoped<UserTokenHandler>();
        builder.Services.AddScoped(services =>
        {
            var handler = services.GetRequiredService<UserTokenHandler>();
            handler.InnerHandler = services.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(ClientName);
            return new GatewayHttp(new HttpClient(handler) { BaseAddress = new Uri($"http://{ClientName}") });
        });
        return builder;
    }
}

/// <summary>The circuit's HttpClient to the gateway, carrying its user's token.</summary>
public sealed record GatewayHttp(HttpClient Client);
