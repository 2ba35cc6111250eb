using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Platform.ServiceDefaults.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>Sources beyond ASP.NET Core and HttpClient whose spans and meters we export.</summary>
    public static readonly string[] Sources = ["MassTransit", "Npgsql", PlatformActivity.SourceName];

    public static IHostApplicationBuilder ConfigureOpenTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        var otel = builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(Sources))
            .WithTracing(tracing =>
            {
                tracing
                    .AddSource(builder.Environment.ApplicationName)
                    .AddSource(Sources)
                    .AddAspNetCoreInstrumentation(o => o.Filter = ctx => !IsHealthProbe(ctx.Request.Path))
                    .AddHttpClientInstrumentation(o => o.FilterHttpRequestMessage = r => !IsHealthProbe(r.RequestUri?.AbsolutePath));

                var spanFile = builder.Configuration["Telemetry:SpanFile"];
                if (!string.IsNullOrWhiteSpace(spanFile))
                {
                    tracing.AddProcessor(new SimpleActivityExportProcessor(new JsonLinesSpanExporter(spanFile)));
                }
            });

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            otel.UseOtlpExporter();
        }

        return builder;
    }

    private static bool IsHealthProbe(PathString path) =>
        path.StartsWithSegments(ServiceDefaultsExtensions.HealthPath) || path.StartsWithSegments(ServiceDefaultsExtensions.AlivePath);

    private static bool IsHealthProbe(string? path) => path is not null && IsHealthProbe(new PathString(path));
}
