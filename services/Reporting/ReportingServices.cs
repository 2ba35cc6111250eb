using MassTransit;
using Platform.Reporting.Caching;
using Platform.Reporting.Requests;
using Platform.Reporting.Statistics;

namespace Platform.Reporting;

public static class ReportingServices
{
    /// <summary>The shared Redis ("cache") for dashboard reads, and the statistics reader.</summary>
    public static IHostApplicationBuilder AddReporting(this IHostApplicationBuilder builder)
    {
        builder.AddRedisClient("cache");
        builder.Services.AddSingleton<DashboardCache>();
        builder.Services.AddScoped<StatisticsReader>();
        builder.Services.AddKeyedSingleton(ServiceRequest.Clock, (sp, _) => sp.GetRequiredService<TimeProvider>());
        return builder;
    }

    public static void AddReportingConsumers(this IBusRegistrationConfigurator bus) => bus.AddStatisticsConsumers();
}
