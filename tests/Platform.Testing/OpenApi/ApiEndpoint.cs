using System.Text.Json;

namespace Platform.Testing.OpenApi;

/// <summary>One operation of a service's OpenAPI document, with the policies its <c>x-policies</c> extension names.</summary>
public sealed record ApiEndpoint(
    string Service, string Method, string Path, IReadOnlyList<string> Policies, IReadOnlyList<PathParameter> Parameters, string? BodyType,
    IReadOnlyDictionary<string, string> BodyProperties, IReadOnlyList<string> QueryParameters)
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    public string Name => $"{Method} {Path}";

    /// <summary>Every operation of the document served at <c>{prefix}/openapi/v1.json</c>.</summary>
    public static async Task<IReadOnlyList<ApiEndpoint>> ReadAsync(string prefix, HttpClient service, CancellationToken cancellationToken)
    {
        var json = await service.GetStringAsync($"{prefix}/openapi/v1.json", cancellationToken);
        using var document = JsonDocument.Parse(json);
        var endpoints = new List<ApiEndpoint>();
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => Methods.Contains(o.Name)))
            {
                endpoints.Add(new ApiEndpoint(prefix, operation.Name.ToUpperInvariant(), path.Name,
                    PoliciesOf(operation.Value), PathParameter.Of(operation.Value), BodyTypeOf(operation.Value),
                    BodyPropertiesOf(operation.Value, document.RootElement), QueryParametersOf(operation.Value)));
            }
        }

        return endpoints;
    }

    /// <summary>A concrete URL: path parameters filled with values of the right type that name nothing that exists.</summary>
    public string SampleUrl() =>
        Parameters.Aggregate(Path, (url, p) => url.Replace("{" + p.Name + "}", p.SampleValue, StringComparison.Ordinal));

    /// <summary>The first media type the operation accepts: routing answers 415 to any other, before authorization.</summary>
    private static string? BodyTypeOf(JsonElement operation) =>
        operation.TryGetProperty("requestBody", out var body) && body.TryGetProperty("content", out var content)
            ? content.EnumerateObject().Select(c => c.Name).FirstOrDefault()
            : null;

    /// <summary>The JSON body's top-level properties and their OpenAPI types ("string", "integer", "array", …).</summary>
    private static Dictionary<string, string> BodyPropertiesOf(JsonElement operation, JsonElement document)
    {
        if (!operation.TryGetProperty("requestBody", out var body) || !body.TryGetProperty("content", out var content)
            || !content.TryGetProperty("application/json", out var json) || !json.TryGetProperty("schema", out var schema))
        {
            return [];
        }

        schema = Resolve(schema, document);
        return schema.TryGetProperty("properties", out var properties)
            ? properties.EnumerateObject().ToDictionary(p => p.Name, p => TypeOf(Resolve(p.Value, document)))
            : [];
    }

    private static JsonElement Resolve(JsonElement schema, JsonElement document) =>
        schema.TryGetProperty("$ref", out var reference) && reference.GetString() is { } path && path.StartsWith("#/components/schemas/", StringComparison.Ordinal)
            ? document.GetProperty("components").GetProperty("schemas").GetProperty(path["#/components/schemas/".Length..])
            : schema;

    private static string TypeOf(JsonElement schema) => !schema.TryGetProperty("type", out var type)
        ? "object"
        : type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()!).FirstOrDefault(t => t != "null") ?? "null"
            : type.GetString()!;

    private static List<string> QueryParametersOf(JsonElement operation) =>
        operation.TryGetProperty("parameters", out var parameters)
            ? [.. parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query").Select(p => p.GetProperty("name").GetString()!)]
            : [];

    private static List<string> PoliciesOf(JsonElement operation) =>
        operation.TryGetProperty("x-policies", out var policies)
            ? [.. policies.EnumerateArray().Select(p => p.GetString()!)]
            : [];
}

public sealed record PathParameter(string Name, string? Type, string? Format)
{
    public string SampleValue => (Type, Format) switch
    {
        (_, "uuid") => "0196ffff-ffff-7fff-bfff-ffffffffffff",
        ("integer", _) => "999999",
        _ => "511699999999",
    };

    public static List<PathParameter> Of(JsonElement operation) =>
        operation.TryGetProperty("parameters", out var parameters)
            ? [.. parameters.EnumerateArray()
                .Where(p => p.GetProperty("in").GetString() == "path")
                .Select(p => new PathParameter(p.GetProperty("name").GetString()!,
                    p.TryGetProperty("schema", out var s) && s.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null,
                    p.TryGetProperty("schema", out var s2) && s2.TryGetProperty("format", out var f) ? f.GetString() : null))]
            : [];
}
