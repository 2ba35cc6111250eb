using System.Diagnostics;
using System.Text.Json;
using OpenTelemetry;

namespace Platform.ServiceDefaults.Telemetry;

/// <summary>
/// Appends finished spans to a file as JSON lines. Enabled only by the <c>Telemetry:SpanFile</c> setting, so that
/// end-to-end tests can read the real trace of a request across processes without a collector.
/// </summary>
public sealed class JsonLinesSpanExporter(string path) : BaseExporter<Activity>
{
    private readonly Lock _gate = new();

    public override ExportResult Export(in Batch<Activity> batch)
    {
        var lines = new List<string>();
        foreach (var activity in batch)
        {
            lines.Add(JsonSerializer.Serialize(new
            {
                traceId = activity.TraceId.ToHexString(),
                spanId = activity.SpanId.ToHexString(),
                parentSpanId = activity.ParentSpanId == default ? null : activity.ParentSpanId.ToHexString(),
                name = activity.DisplayName,
                source = activity.Source.Name,
                kind = activity.Kind.ToString(),
                service = ParentProvider?.GetResource().Attributes
                    .FirstOrDefault(a => a.Key == "service.name").Value?.ToString(),
            }));
        }

        lock (_gate)
        {
            File.AppendAllLines(path, lines);
        }

        return ExportResult.Success;
    }
}
