using static Platform.Reporting.ReportingService;

namespace Platform.Reporting.Compliance;

public static class ComplianceApi
{
    public static RouteGroupBuilder MapComplianceApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{Prefix}/compliance", "Statistics 统计");
        group.MapGet("", GetOwnCompliance.HandleAsync).WithName("GetOwnCompliance")
            .WithSummary("1257N compliance of the caller's region 本辖区1257N达标情况");
        group.MapGet("/{regionCode}", GetCompliance.HandleAsync).WithName("GetCompliance")
            .WithSummary("1257N compliance of a region: share and what each community lacks 1257N达标情况");
        return group;
    }
}
