using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Platform.ServiceDefaults.Http;

namespace Platform.ServiceDefaults.OpenApi;

/// <summary>
/// Gives <c>page</c> and <c>pageSize</c> one schema in every document, with the limits the lists check by hand (range
/// attributes on bound parameters are not described by the document generator).
/// </summary>
internal sealed class PagingParameters : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.In != ParameterLocation.Query)
            {
                continue;
            }

            if (parameter.Name == "page")
            {
                parameter.Description ??= "The page, from 1 (页码)";
                parameter.Schema = Integer(1, null, 1);
            }
            else if (parameter.Name == "pageSize")
            {
                parameter.Description ??= $"Items per page, 1 to {PagingLimits.MaxPageSize} (每页条数)";
                parameter.Schema = Integer(1, PagingLimits.MaxPageSize, PagingLimits.DefaultPageSize);
            }
        }

        return Task.CompletedTask;
    }

    private static OpenApiSchema Integer(int minimum, int? maximum, int @default) => new()
    {
        Type = JsonSchemaType.Integer,
        Format = "int32",
        Minimum = minimum.ToString(CultureInfo.InvariantCulture),
        Maximum = maximum?.ToString(CultureInfo.InvariantCulture),
        Default = JsonValue.Create(@default),
    };
}
