using Platform.Messaging;
using Platform.Reporting.Compliance;
using Platform.Reporting.Exports;
using Platform.Reporting.Open311;
using Platform.Reporting.Overview;
using Platform.Reporting.Ranking;
using Platform.Reporting.Records;
using Platform.Reporting.Requests;
using Platform.Reporting.Statistics;
using Platform.Reporting.Trends;

namespace Platform.Reporting;

public static class ReportingService
{
    public const string ServiceName = "reporting";
    public const string Prefix = "/api/reporting";

    /// <summary>The building blocks, the shared Redis ("cache") for dashboard reads, and the statistics reader and consumers.</summary>
    public static IHostApplicationBuilder AddReporting(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDefaults();
        builder.AddServiceDatabase<ReportingDb>(ServiceName);
        builder.AddPlatformMessaging<ReportingDb>(ServiceName, bus =>
        {
            bus.AddRegionReplica<ReportingDb>(ServiceName);
            bus.AddStatisticsConsumers();
        });
        builder.AddPlatformSecurity<ReportingDb>(ServiceName);
        builder.AddRegionDirectory<ReportingDb>();
        builder.AddRedisClient("cache");
        builder.Services.AddSingleton<DashboardCache>();
        builder.Services.AddScoped<StatisticsReader>();
        builder.Services.AddKeyedSingleton(ServiceRequest.Clock, (sp, _) => sp.GetRequiredService<TimeProvider>());
        // Validation is generated per assembly: the call must be made here, where the request types live.
        builder.Services.AddValidation();
        return builder;
    }

    public static WebApplication MapReporting(this WebApplication app)
    {
        app.MapPlatformEndpoints(Prefix);
        app.MapRegionReplicaApi(Prefix);
        app.MapOverviewApi();
        app.MapTrendsApi();
        app.MapRankingApi();
        app.MapComplianceApi();
        app.MapStatisticsApi();
        app.MapRecordsApi();
        app.MapRequestsApi();
        app.MapOpen311Api();
        app.MapExportsApi();
        return app;
    }
}
