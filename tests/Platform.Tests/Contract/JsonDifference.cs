using System.Text.Json.Nodes;

namespace Platform.Tests.Contract;

/// <summary>Where two JSON documents first differ: properties compared by name whatever their order, arrays by index.</summary>
public static class JsonDifference
{
    /// <summary>The first differing path with both sides (<c>$.paths./regions.get</c>), or null when they are equal.</summary>
    public static string? First(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected, actual)
        {
            case (JsonObject left, JsonObject right):
                foreach (var name in left.Select(p => p.Key).Union(right.Select(p => p.Key), StringComparer.Ordinal))
                {
                    var at = $"{path}.{name}";
                    if (!left.ContainsKey(name) || !right.ContainsKey(name))
                    {
                        return $"{at}: {(left.ContainsKey(name) ? "only in the committed document" : "only in the served document")}";
                    }

                    if (First(left[name], right[name], at) is { } difference)
                    {
                        return difference;
                    }
                }

                return null;
            case (JsonArray left, JsonArray right):
                for (var i = 0; i < Math.Max(left.Count, right.Count); i++)
                {
                    var at = $"{path}[{i}]";
                    if (i >= left.Count || i >= right.Count)
                    {
                        return $"{at}: {(i < left.Count ? "only in the committed document" : "only in the served document")}";
                    }

                    if (First(left[i], right[i], at) is { } difference)
                    {
                        return difference;
                    }
                }

                return null;
            default:
                return JsonNode.DeepEquals(expected, actual)
                    ? null
                    : $"{path}: committed {expected?.ToJsonString() ?? "null"}, served {actual?.ToJsonString() ?? "null"}";
        }
    }
}
