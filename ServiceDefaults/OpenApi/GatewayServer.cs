using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Platform.ServiceDefaults.Http;

namespace Platform.ServiceDefaults.OpenApi;

/// <summary>
/// The document's only server is the gateway's public origin (<see cref="PublicOrigin"/>), never the service's own
/// address: generated clients and "try it" go through the gateway, where tokens, rate limits and CORS apply. The
/// description and contact point readers at the gateway's API reference.
/// </summary>
internal sealed class GatewayServer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var origin = PublicOrigin.Read(context.ApplicationServices.GetRequiredService<IConfiguration>()).GetLeftPart(UriPartial.Authority);
        document.Servers = [new OpenApiServer { Url = origin, Description = "The gateway (网关)" }];
        document.Info ??= new OpenApiInfo();
        document.Info.Description ??=
            "One of the six services of the Guang'an community governance platform (五社联动), called through the gateway with a "
            + "bearer token from /connect/token. Every service follows one contract: region scope, paging, dates, errors as "
            + "problem documents, version fields and change feeds (docs/api.md).";
        document.Info.Contact ??= new OpenApiContact { Name = "API reference (接口文档)", Url = new Uri(origin + "/docs") };
        return Task.CompletedTask;
    }
}
