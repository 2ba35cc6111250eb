using Platform.Reporting.Compliance;
using Platform.Reporting.Exports;
using Platform.Reporting.Open311;
using Platform.Reporting.Records;
using Platform.Reporting.Requests;
using Platform.Reporting.Statistics;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Http;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.Reporting;

public static class ReportingApi
{
    public const string ServiceName = "reporting";
    public const string Prefix = "/api/reporting";

    public static WebApplication MapReportingApi(this WebApplication app)
    {
        app.MapStatistics();
        app.MapRecords();
        app.MapRequests();
        app.MapOpen311();
        app.MapExports();
        return app;
    }

    private static void MapStatistics(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup(Prefix, "Statistics 统计");
        group.MapGet("/overview", (System.Security.Claims.ClaimsPrincipal user, Platform.RegionReplica.RegionDirectory regions, StatisticsReader reader, CancellationToken ct) =>
                StatisticsEndpoints.OverviewAsync(null, user, regions, reader, ct))
            .WithName("GetOwnOverview").WithSummary("Overview of the caller's region 本辖区概览 (the figures of the city report)");
        group.MapGet("/overview/{regionCode}", StatisticsEndpoints.OverviewAsync).WithName("GetOverview")
            .WithSummary("Overview of a region 区域概览: volunteers, party building, organisations, charity, six services (404 out of reach)");
        group.MapGet("/trends/{regionCode}", StatisticsEndpoints.TrendsAsync).WithName("GetTrends")
            .WithSummary("Monthly figures of a region for the months overlapping from..to 月度趋势");
        group.MapGet("/ranking/{regionCode}", StatisticsEndpoints.RankingAsync).WithName("GetRanking")
            .WithSummary("A region's rank among its siblings by one figure 同级排名");
        group.MapGet("/compliance", (System.Security.Claims.ClaimsPrincipal user, Platform.RegionReplica.RegionDirectory regions, Data.ReportingDb db, Caching.DashboardCache cache, CancellationToken ct) =>
                GetCompliance.HandleAsync(null, user, regions, db, cache, ct))
            .WithName("GetOwnCompliance").WithSummary("1257N compliance of the caller's region 本辖区1257N达标情况");
        group.MapGet("/compliance/{regionCode}", GetCompliance.HandleAsync).WithName("GetCompliance")
            .WithSummary("1257N compliance of a region: share and what each community lacks 1257N达标情况");
        group.MapPost("/statistics/rebuild", Rebuild.HandleAsync).WithName("RebuildStatistics")
            .RequireAuthorization(PlatformPolicies.Accounts)
            .WithSummary("Rebuild every figure from the stored events (city administrators) 统计重建");
    }

    private static void MapRecords(this IEndpointRouteBuilder app)
    {
        const string tag = "Service records 服务台账";
        var filing = app.MapFilingGroup($"{Prefix}/records", tag, PlatformPolicies.Filing);
        filing.MapPost("/", FileServiceRecord.HandleAsync).WithName("FileServiceRecord")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("File a record of the six services in your region (staff, department clients) 登记服务台账");
        filing.MapPost("/import", ImportServiceRecords.HandleAsync).WithName("ImportServiceRecords")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .AllowLargeBodies().Accepts<string>("text/csv")
            .WithSummary("File records in bulk from CSV, all or nothing (staff, department clients) 批量导入服务台账");

        var group = app.MapApiGroup($"{Prefix}/records", tag);
        group.MapGet("/", ListServiceRecords.HandleAsync).WithName("ListServiceRecords")
            .ProducesRegionProblems()
            .WithSummary("Records of a region by service date, newest first 服务台账列表");
        group.MapGet("/changes", ListServiceRecordChanges.HandleAsync).WithName("ListServiceRecordChanges")
            .ProducesRegionProblems()
            .RequireAuthorization(PlatformPolicies.Officials)
            .WithSummary("Records changed since a token, for keeping a copy 服务台账变更");
        group.MapGet("/{id:guid}", FileServiceRecord.GetAsync).WithName("GetServiceRecord")
            .WithSummary("A service record 服务台账");
    }

    private static void MapRequests(this IEndpointRouteBuilder app)
    {
        const string tag = "Service requests 服务诉求";
        app.MapFilingGroup($"{Prefix}/requests", tag, PlatformPolicies.RequestReporting)
            .MapPost("/", RequestEndpoints.ReportAsync).WithName("ReportServiceRequest")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Report a need, dispute or hazard 上报诉求");

        var group = app.MapApiGroup($"{Prefix}/requests", tag);
        group.MapGet("/", RequestEndpoints.ListAsync).WithName("ListServiceRequests")
            .ProducesRegionProblems()
            .WithSummary("Requests of a region, newest first; overdue=true for overdue ones 诉求列表");
        group.MapGet("/changes", RequestEndpoints.ListChangesAsync).WithName("ListServiceRequestChanges")
            .ProducesRegionProblems()
            .RequireAuthorization(PlatformPolicies.Officials)
            .WithSummary("Requests changed since a token, for keeping a copy 诉求变更");
        group.MapGet("/{id:guid}", RequestEndpoints.GetAsync).WithName("GetServiceRequest")
            .WithSummary("A request with its history 诉求详情");
        MapTransition(group, "accept", RequestState.Accepted, "Accept a request 受理");
        MapTransition(group, "assign", RequestState.Assigned, "Assign a request to someone 分派");
        MapTransition(group, "resolve", RequestState.Resolved, "Resolve a request 办结");
        MapTransition(group, "close", RequestState.Closed, "Close a resolved request 关闭");
    }

    private static void MapTransition(RouteGroupBuilder group, string action, RequestState to, string summary) =>
        group.MapPost($"/{{id:guid}}/{action}", RequestEndpoints.Transition(to)).WithName($"{action}ServiceRequest")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(PlatformPolicies.Staff).WithSummary(summary);

    private static void MapOpen311(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{Prefix}/open311/v2", "Open311 GeoReport v2");
        group.MapGet("/services.{format}", Open311Endpoints.ListServices).WithName("Open311Services")
            .WithSummary("GeoReport v2: service list 服务类型列表");
        group.MapGet("/services/{serviceCode}.{format}", Open311Endpoints.DefineService).WithName("Open311ServiceDefinition")
            .WithSummary("GeoReport v2: service definition 服务定义");
        app.MapFilingGroup($"{Prefix}/open311/v2", "Open311 GeoReport v2", PlatformPolicies.RequestReporting)
            .MapPost("/requests.{format}", Open311Endpoints.CreateAsync).WithName("Open311CreateRequest")
            .WithSummary("GeoReport v2: create a request (form-encoded) 提交诉求");
        group.MapGet("/tokens/{token}.{format}", Open311Endpoints.GetTokenAsync).WithName("Open311GetRequestIdFromToken")
            .WithSummary("GeoReport v2: the request id of a token 诉求令牌");
        group.MapGet("/requests/{serviceRequestId}.{format}", Open311Endpoints.GetAsync).WithName("Open311GetRequest")
            .WithSummary("GeoReport v2: a request's status 诉求状态");
        group.MapGet("/requests.{format}", Open311Endpoints.ListAsync).WithName("Open311ListRequests")
            .WithSummary("GeoReport v2: requests by id, service, dates and status 诉求查询");
    }

    private static void MapExports(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{Prefix}/exports", "Exports 数据导出");
        group.MapGet("/records.csv", ExportEndpoints.RecordsAsync).WithName("ExportServiceRecords")
            .ProducesRegionProblems()
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .RequireAuthorization(PlatformPolicies.Officials)
            .WithSummary("Service records as CSV (UTF-8 with BOM) 导出服务台账");
        group.MapGet("/requests.csv", ExportEndpoints.RequestsAsync).WithName("ExportServiceRequests")
            .ProducesRegionProblems()
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .RequireAuthorization(PlatformPolicies.Officials)
            .WithSummary("Service requests as CSV 导出诉求");
        group.MapGet("/statistics.csv", ExportEndpoints.StatisticsAsync).WithName("ExportStatistics")
            .ProducesRegionProblems()
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithSummary("Monthly figures per community as CSV 导出月度统计");
        group.MapGet("/compliance.csv", ExportEndpoints.ComplianceAsync).WithName("ExportCompliance")
            .ProducesRegionProblems()
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithSummary("1257N per community as CSV 导出1257N达标情况");
    }

    /// <summary>
    /// The write endpoints that department clients may call too: a group of their own, with only <paramref name="policy"/>,
    /// because the write policy that <c>MapApiGroup</c> puts on every other write refuses department clients.
    /// </summary>
    /// <summary>The answers of a list's <c>region</c> parameter besides 400: out of reach (403) and unknown (404), both naming it.</summary>
    private static RouteHandlerBuilder ProducesRegionProblems(this RouteHandlerBuilder endpoint) =>
        endpoint.ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

    private static RouteGroupBuilder MapFilingGroup(this IEndpointRouteBuilder app, string prefix, string tag, string policy) =>
        app.MapGroup(prefix).WithTags(tag).RequireAuthorization(policy);
}
