using Microsoft.AspNetCore.Server.Kestrel.Core;
using Platform.ServiceDefaults.Http;

namespace Platform.Gateway;

internal static class GatewayExtensions
{
    public static WebApplicationBuilder AddGateway(this WebApplicationBuilder builder)
    {
        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            .AddServiceDiscoveryDestinationResolver();

        // The gateway passes bulk imports through; each service enforces its own, smaller limit per endpoint.
        builder.Services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = RequestLimitExtensions.BulkBodyLimitBytes);
        builder.Services.Configure<ApiReferenceOptions>(builder.Configuration.GetSection("ApiReference"));
        return builder;
    }
}
