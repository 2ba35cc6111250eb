using static Platform.Reporting.ReportingService;

namespace Platform.Reporting.Trends;

public static class TrendsApi
{
    public static RouteGroupBuilder MapTrendsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{Prefix}/trends", "Statistics 统计");
        group.MapGet("/{regionCode}", GetTrends.HandleAsync).WithName("GetTrends")
            .WithSummary("Monthly figures of a region for the months overlapping from..to 月度趋势");
        return group;
    }
}
