using System.Text.Json;

namespace Platform.EndToEnd.Tests;

public sealed record Span(string TraceId, string SpanId, string? ParentSpanId, string Name, string Source, string Kind, string? Service);

/// <summary>Reads the spans every service exported (see JsonLinesSpanExporter in ServiceDefaults).</summary>
public static class Spans
{
    public static IReadOnlyList<Span> OfTrace(string directory, string traceId)
    {
        var spans = new List<Span>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.jsonl"))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                if (line.Contains(traceId, StringComparison.Ordinal) && TryParse(line) is { } span && span.TraceId == traceId)
                {
                    spans.Add(span);
                }
            }
        }

        return spans;
    }

    private static Span? TryParse(string line)
    {
        try
        {
            return JsonSerializer.Deserialize<Span>(line, JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            return null; // a line still being written
        }
    }
}
