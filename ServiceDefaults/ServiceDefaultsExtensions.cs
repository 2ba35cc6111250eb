using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Problems;
using Platform.ServiceDefaults.Security;
using Platform.ServiceDefaults.Telemetry;

namespace Microsoft.Extensions.Hosting;

public static class ServiceDefaultsExtensions
{
    public const string HealthPath = "/health";
    public const string AlivePath = "/alive";

    /// <summary>Telemetry, health, service discovery, resilient HttpClients, problem details and OpenAPI.</summary>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddBasicServiceDefaults();
        builder.AddPlatformProblemDetails();
        builder.AddRequestLimits();
        builder.AddSecurityHeaders();
        builder.Services.AddOpenApi(options => options.AddPlatformSecurity().AddPlatformContract());
        return builder;
    }

    /// <summary>What every process of the platform has, an API or not (the web console): telemetry, health, service discovery, resilient HttpClients.</summary>
    public static TBuilder AddBasicServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();

        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), ["live"]);

        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });
        return builder;
    }

    /// <summary>Health endpoints (in every environment: the gateway and orchestrators use them) and the OpenAPI document.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app, string? apiPrefix = null)
    {
        app.UseSecurityHeaders();
        app.UsePlatformProblemDetails();
        app.UseControlCharacterGuard();
        app.MapHealthEndpoints();

        app.MapOpenApi(apiPrefix is null ? "/openapi/{documentName}.json" : $"{apiPrefix}/openapi/{{documentName}}.json").AllowAnonymous();
        return app;
    }

    /// <summary>Public on purpose: orchestrators probe health without tokens.</summary>
    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks(HealthPath).AllowAnonymous();
        app.MapHealthChecks(AlivePath, new HealthCheckOptions { Predicate = r => r.Tags.Contains("live") }).AllowAnonymous();
        return app;
    }
}
