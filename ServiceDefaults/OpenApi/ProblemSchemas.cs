using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Platform.ServiceDefaults.OpenApi;

/// <summary>
/// The two problem documents every error response refers to, written out once in components: RFC 9457's fields, the
/// platform's <c>traceId</c>, and for validation, conflicts and regions out of reach the <c>errors</c> by field.
/// </summary>
internal sealed class ProblemSchemas : IOpenApiDocumentTransformer
{
    public const string MediaType = "application/problem+json";
    public const string Problem = "ProblemDetails";
    public const string ValidationProblem = "HttpValidationProblemDetails";

    public static string Describe(int status) => status switch
    {
        400 => "The input is not well formed: errors names each field (输入有误)",
        401 => "No token, or one that is not valid (未认证)",
        403 => "The caller's role may not do this, or a region it names is out of reach (无权限)",
        404 => "No such record, or one out of the caller's reach (不存在)",
        409 => "The request conflicts with the record's state: errors names the field (冲突)",
        413 => "The body is too large (请求体过大)",
        415 => "The media type is not accepted (媒体类型不支持)",
        429 => "Too many requests: retry after the Retry-After header's seconds (请求过多)",
        _ => "A problem document (错误)",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[Problem] = ProblemSchema(withErrors: false);
        document.Components.Schemas[ValidationProblem] = ProblemSchema(withErrors: true);
        return Task.CompletedTask;
    }

    private static OpenApiSchema ProblemSchema(bool withErrors)
    {
        var properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = Text("A URI reference that identifies the problem type"),
            ["title"] = Text("A short summary of the problem type"),
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer | JsonSchemaType.Null, Format = "int32", Description = "The HTTP status code" },
            ["detail"] = Text("An explanation of this occurrence of the problem"),
            ["instance"] = Text("The request path"),
            ["traceId"] = Text("The trace id, to find the request in the logs"),
        };
        if (withErrors)
        {
            properties["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Messages by field, fields as camelCase JSON paths (rows[3].communityCode)",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            };
        }

        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = withErrors ? "An RFC 9457 problem document naming the fields at fault" : "An RFC 9457 problem document",
            Properties = properties,
        };
    }

    private static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = description };
}
