using Microsoft.Extensions.Http.Resilience;
using Platform.Clients;

namespace Platform.Web.Api;

/// <summary>
/// The console reaches the services only through the gateway (resolved by service discovery), as the signed-in user.
/// Retries are for reads only: a retried write could be applied twice. Pages get <see cref="PlatformApi"/>, the typed
/// clients generated from the OpenAPI documents, one per circuit.
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
            return new PlatformApi(new HttpClient(handler) { BaseAddress = new Uri($"http://{ClientName}") });
        });
        return builder;
    }
}
