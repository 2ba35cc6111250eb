using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Platform.ServiceDefaults.OpenApi;

/// <summary>
/// Documents the error responses every operation can give (docs/api.md, section 4), each an
/// <c>application/problem+json</c> document: 401 and 403 where a token is needed, 400 where there is input, 404 where
/// the path addresses a record, 409 where the operation writes, 429 everywhere (the gateway's rate limits). A status
/// the endpoint already declares keeps its description and is given the problem body.
/// </summary>
internal sealed class ProblemResponses : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var authorized = !description.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any();
        var hasInput = operation.RequestBody is not null || operation.Parameters is { Count: > 0 };
        var addressesRecord = operation.Parameters?.Any(p => p.In == ParameterLocation.Path) == true
            || (description.RelativePath?.Contains('{', StringComparison.Ordinal) ?? false);
        var writes = !string.Equals(description.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase);

        operation.Responses ??= [];
        foreach (var (status, applies) in new (int, bool)[]
        {
            (400, hasInput), (401, authorized), (403, authorized), (404, addressesRecord), (409, writes), (429, true),
        })
        {
            if (applies && !operation.Responses.ContainsKey(Key(status)))
            {
                operation.Responses[Key(status)] = new OpenApiResponse { Description = ProblemSchemas.Describe(status) };
            }
        }

        foreach (var (key, response) in operation.Responses.ToList())
        {
            if (int.TryParse(key, out var status) && status >= 400)
            {
                operation.Responses[key] = WithProblemBody(response, status, context.Document);
            }
        }

        return Task.CompletedTask;
    }

    private static string Key(int status) => status.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static OpenApiResponse WithProblemBody(IOpenApiResponse response, int status, OpenApiDocument? document)
    {
        var schema = status is 400 or 403 or 409 ? ProblemSchemas.ValidationProblem : ProblemSchemas.Problem;
        var headers = response.Headers is null ? new Dictionary<string, IOpenApiHeader>() : new Dictionary<string, IOpenApiHeader>(response.Headers);
        if (status == StatusCodes.Status429TooManyRequests)
        {
            headers.TryAdd("Retry-After", new OpenApiHeader
            {
                Description = "Seconds to wait before trying again (重试等待秒数)",
                Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
            });
        }

        return new OpenApiResponse
        {
            Description = string.IsNullOrEmpty(response.Description) ? ProblemSchemas.Describe(status) : response.Description,
            Headers = headers.Count == 0 ? null : headers,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [ProblemSchemas.MediaType] = new() { Schema = new OpenApiSchemaReference(schema, document) },
            },
        };
    }
}
