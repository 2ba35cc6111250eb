using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Platform.ServiceDefaults.OpenApi;

/// <summary>
/// The document's only server is the gateway's public origin (<c>Platform:PublicOrigin</c>), never the service's own
/// address: generated clients and "try it" go through the gateway, where tokens, rate limits and CORS apply.
/// </summary>
internal sealed class GatewayServer : IOpenApiDocumentTransformer
{
    public const string PublicOriginKey = "Platform:PublicOrigin";
    public const string DefaultPublicOrigin = "http://localhost:5200";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var origin = context.ApplicationServices.GetRequiredService<IConfiguration>()[PublicOriginKey];
        document.Servers = [new OpenApiServer { Url = (string.IsNullOrWhiteSpace(origin) ? DefaultPublicOrigin : origin).TrimEnd('/') }];
        return Task.CompletedTask;
    }
}
