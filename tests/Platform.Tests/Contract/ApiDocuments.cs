using System.Text;
using System.Text.Json.Nodes;

namespace Platform.Tests.Contract;

/// <summary>One operation of one service's document.</summary>
public sealed record ApiOperation(string Service, string Method, string Path, JsonObject Node, JsonObject Document)
{
    public string Name => $"{Method.ToUpperInvariant()} {Path}";

    public IEnumerable<JsonObject> Parameters => (Node["parameters"] as JsonArray ?? []).OfType<JsonObject>().Select(p => ApiDocuments.Resolve(p, Document)).OfType<JsonObject>();

    public IEnumerable<JsonObject> QueryParameters => Parameters.Where(p => (string?)p["in"] == "query");

    public JsonObject? Parameter(string name) => QueryParameters.FirstOrDefault(p => (string?)p["name"] == name);

    /// <summary>The JSON body schema of the first 2xx response, resolved.</summary>
    public JsonObject? SuccessSchema =>
        (Node["responses"] as JsonObject ?? [])
            .Where(r => r.Key.StartsWith('2'))
            .Select(r => ApiDocuments.Resolve(r.Value as JsonObject, Document)?["content"]?["application/json"]?["schema"] as JsonObject)
            .Where(s => s is not null)
            .Select(s => ApiDocuments.Resolve(s, Document))
            .FirstOrDefault();
}

/// <summary>A rule broken at a place in a document.</summary>
public sealed record Finding(string Service, string Where, string Problem);

public static class ApiDocuments
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options"];
    private const string SchemaPrefix = "#/components/schemas/";

    public static IEnumerable<ApiOperation> Operations(string service, JsonObject document) =>
        from path in document["paths"] as JsonObject ?? []
        from operation in path.Value as JsonObject ?? []
        where Methods.Contains(operation.Key)
        select new ApiOperation(service, operation.Key, path.Key, operation.Value!.AsObject(), document);

    /// <summary>Follows a local <c>$ref</c> (schemas, parameters, responses) to the component it names.</summary>
    public static JsonObject? Resolve(JsonObject? node, JsonObject document)
    {
        for (var hops = 0; node?["$ref"] is JsonValue reference && hops < 10; hops++)
        {
            var parts = ((string)reference!).TrimStart('#', '/').Split('/');
            JsonNode? target = document;
            foreach (var part in parts)
            {
                target = target?[part];
            }

            node = target as JsonObject;
        }

        return node;
    }

    public static string? SchemaName(JsonObject? schema) =>
        schema?["$ref"] is JsonValue reference && ((string)reference!).StartsWith(SchemaPrefix, StringComparison.Ordinal)
            ? ((string)reference!)[SchemaPrefix.Length..]
            : null;

    /// <summary>The schema's types: <c>"string"</c> or <c>["null", "string"]</c> both give their names.</summary>
    public static IReadOnlyList<string> Types(JsonObject? schema) => schema?["type"] switch
    {
        JsonValue single => [(string)single!],
        JsonArray many => [.. many.Select(t => (string)t!)],
        _ => [],
    };

    /// <summary>Every schema in the document with a readable place: components, properties, items, parameters, bodies.</summary>
    public static IEnumerable<(string Where, JsonObject Schema)> Schemas(JsonObject document)
    {
        foreach (var (name, schema) in document["components"]?["schemas"] as JsonObject ?? [])
        {
            foreach (var found in Walk($"components.schemas.{name}", schema as JsonObject))
            {
                yield return found;
            }
        }

        foreach (var (path, item) in document["paths"] as JsonObject ?? [])
        {
            foreach (var (method, operation) in item as JsonObject ?? [])
            {
                var at = $"{method.ToUpperInvariant()} {path}";
                foreach (var parameter in operation?["parameters"] as JsonArray ?? [])
                {
                    foreach (var found in Walk($"{at} parameter {parameter?["name"]}", parameter?["schema"] as JsonObject))
                    {
                        yield return found;
                    }
                }

                foreach (var (media, content) in operation?["requestBody"]?["content"] as JsonObject ?? [])
                {
                    foreach (var found in Walk($"{at} body {media}", content?["schema"] as JsonObject))
                    {
                        yield return found;
                    }
                }

                foreach (var (status, response) in operation?["responses"] as JsonObject ?? [])
                {
                    foreach (var (media, content) in response?["content"] as JsonObject ?? [])
                    {
                        foreach (var found in Walk($"{at} response {status} {media}", content?["schema"] as JsonObject))
                        {
                            yield return found;
                        }
                    }
                }
            }
        }
    }

    private static IEnumerable<(string, JsonObject)> Walk(string where, JsonObject? schema)
    {
        if (schema is null)
        {
            yield break;
        }

        yield return (where, schema);
        foreach (var (name, property) in schema["properties"] as JsonObject ?? [])
        {
            foreach (var found in Walk($"{where}.{name}", property as JsonObject))
            {
                yield return found;
            }
        }

        foreach (var (key, suffix) in new[] { ("items", "[]"), ("additionalProperties", "{*}") })
        {
            foreach (var found in Walk(where + suffix, schema[key] as JsonObject))
            {
                yield return found;
            }
        }

        foreach (var key in new[] { "allOf", "anyOf", "oneOf" })
        {
            var index = 0;
            foreach (var part in schema[key] as JsonArray ?? [])
            {
                foreach (var found in Walk($"{where}.{key}[{index++}]", part as JsonObject))
                {
                    yield return found;
                }
            }
        }
    }

    /// <summary>One message: every finding, by service, then by place.</summary>
    public static string Report(string rule, IReadOnlyCollection<Finding> findings)
    {
        var text = new StringBuilder($"{findings.Count} operation(s) or schema(s) break \"{rule}\":\n");
        foreach (var service in findings.GroupBy(f => f.Service))
        {
            text.Append($"  {service.Key} ({service.Count()}):\n");
            foreach (var finding in service.OrderBy(f => f.Where, StringComparer.Ordinal))
            {
                text.Append($"    {finding.Where}: {finding.Problem}\n");
            }
        }

        return text.ToString();
    }
}
