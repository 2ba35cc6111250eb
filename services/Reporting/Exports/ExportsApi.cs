using static Platform.Reporting.ReportingService;

namespace Platform.Reporting.Exports;

public static class ExportsApi
{
    public static RouteGroupBuilder MapExportsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{Prefix}/exports", "Exports 数据导出");
        group.MapGet("/statistics.csv", ExportStatistics.HandleAsync).WithName("ExportStatistics").AsCsvExport()
            .WithSummary("Monthly figures per community as CSV 导出月度统计");
        group.MapGet("/compliance.csv", ExportCompliance.HandleAsync).WithName("ExportCompliance").AsCsvExport()
            .WithSummary("1257N per community as CSV 导出1257N达标情况");

        var officials = group.MapGroup("").RequireAuthorization(PlatformPolicies.Officials);
        officials.MapGet("/records.csv", ExportServiceRecords.HandleAsync).WithName("ExportServiceRecords").AsCsvExport()
            .WithSummary("Service records as CSV (UTF-8 with BOM) 导出服务台账");
        officials.MapGet("/requests.csv", ExportServiceRequests.HandleAsync).WithName("ExportServiceRequests").AsCsvExport()
            .WithSummary("Service requests as CSV 导出诉求");
        return group;
    }

    private static RouteHandlerBuilder AsCsvExport(this RouteHandlerBuilder endpoint) =>
        endpoint.ProducesRegionProblems().Produces(StatusCodes.Status200OK, contentType: "text/csv");
}
