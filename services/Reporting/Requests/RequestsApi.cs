using static Platform.Reporting.ReportingService;

namespace Platform.Reporting.Requests;

public static class RequestsApi
{
    private const string Tag = "Service requests 服务诉求";

    public static RouteGroupBuilder MapRequestsApi(this IEndpointRouteBuilder app)
    {
        app.MapFilingGroup($"{Prefix}/requests", Tag, PlatformPolicies.RequestReporting)
            .MapPost("/", ReportServiceRequest.HandleAsync).WithName("ReportServiceRequest")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Report a need, dispute or hazard 上报诉求");

        var group = app.MapApiGroup($"{Prefix}/requests", Tag);
        group.MapGet("/", ListServiceRequests.HandleAsync).WithName("ListServiceRequests")
            .ProducesRegionProblems()
            .WithSummary("Requests of a region, newest first; overdue=true for overdue ones 诉求列表");
        group.MapGet("/{id:guid}", GetServiceRequest.HandleAsync).WithName("GetServiceRequest")
            .WithSummary("A request with its history 诉求详情");

        var officials = group.MapGroup("").RequireAuthorization(PlatformPolicies.Officials);
        officials.MapGet("/changes", ListServiceRequestChanges.HandleAsync).WithName("ListServiceRequestChanges")
            .ProducesRegionProblems()
            .WithSummary("Requests changed since a token, for keeping a copy 诉求变更");

        // The workflow's steps keep the operation names they were published with (camelCase).
        var staff = group.MapGroup("").RequireAuthorization(PlatformPolicies.Staff);
        MapStep(staff, "accept", acceptServiceRequest.HandleAsync, "Accept a request 受理");
        MapStep(staff, "assign", assignServiceRequest.HandleAsync, "Assign a request to someone 分派");
        MapStep(staff, "resolve", resolveServiceRequest.HandleAsync, "Resolve a request 办结");
        MapStep(staff, "close", closeServiceRequest.HandleAsync, "Close a resolved request 关闭");
        return group;
    }

    private static void MapStep(RouteGroupBuilder group, string action, Delegate handler, string summary) =>
        group.MapPost($"/{{id:guid}}/{action}", handler).WithName($"{action}ServiceRequest")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary(summary);
}
