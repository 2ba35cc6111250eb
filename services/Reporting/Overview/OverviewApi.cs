using static Platform.Reporting.ReportingService;

namespace Platform.Reporting.Overview;

public static class OverviewApi
{
    public static RouteGroupBuilder MapOverviewApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{Prefix}/overview", "Statistics 统计");
        group.MapGet("", GetOwnOverview.HandleAsync).WithName("GetOwnOverview")
            .WithSummary("Overview of the caller's region 本辖区概览 (the figures of the city report)");
        group.MapGet("/{regionCode}", GetOverview.HandleAsync).WithName("GetOverview")
            .WithSummary("Overview of a region 区域概览: volunteers, party building, organisations, charity, six services (404 out of reach)");
        return group;
    }
}
