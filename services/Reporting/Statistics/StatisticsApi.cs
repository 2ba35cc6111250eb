using static Platform.Reporting.ReportingService;

namespace Platform.Reporting.Statistics;

public static class StatisticsApi
{
    public static RouteGroupBuilder MapStatisticsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{Prefix}/statistics", "Statistics 统计").RequireAuthorization(PlatformPolicies.Accounts);
        group.MapPost("/rebuild", RebuildStatistics.HandleAsync).WithName("RebuildStatistics")
            .WithSummary("Rebuild every figure from the stored events (city administrators) 统计重建");
        return group;
    }
}
