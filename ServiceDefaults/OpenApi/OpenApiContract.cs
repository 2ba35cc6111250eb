using Microsoft.AspNetCore.OpenApi;

namespace Platform.ServiceDefaults.OpenApi;

/// <summary>
/// What every service's OpenAPI document promises a client generator (docs/api.md, section 7): a schema with a type
/// for every value, the gateway as the server, and the problem documents each operation can answer.
/// </summary>
internal static class OpenApiContract
{
    public static OpenApiOptions AddPlatformContract(this OpenApiOptions options)
    {
        options.AddSchemaTransformer<TypedSchemas>();
        options.AddOperationTransformer<ProblemResponses>();
        options.AddOperationTransformer<PagingParameters>();
        options.AddDocumentTransformer<GatewayServer>();
        options.AddDocumentTransformer<ProblemSchemas>();
        return options;
    }
}
