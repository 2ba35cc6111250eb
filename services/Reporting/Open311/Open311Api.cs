using static Platform.Reporting.ReportingService;

namespace Platform.Reporting.Open311;

/// <summary>
/// Open311 GeoReport v2 over the service requests: services list, service definition, create a request, a request's
/// status and the request list, each as .json or .xml. The bearer token authorises; the spec's api_key and
/// jurisdiction_id are accepted and ignored. Contact fields (email, names, phone) are not stored.
/// </summary>
public static class Open311Api
{
    private const string Tag = "Open311 GeoReport v2";

    public static RouteGroupBuilder MapOpen311Api(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{Prefix}/open311/v2", Tag);
        group.MapGet("/services.{format}", Open311Services.HandleAsync).WithName("Open311Services")
            .WithSummary("GeoReport v2: service list 服务类型列表");
        group.MapGet("/services/{serviceCode}.{format}", Open311ServiceDefinition.HandleAsync).WithName("Open311ServiceDefinition")
            .WithSummary("GeoReport v2: service definition 服务定义");
        group.MapGet("/tokens/{token}.{format}", Open311GetRequestIdFromToken.HandleAsync).WithName("Open311GetRequestIdFromToken")
            .WithSummary("GeoReport v2: the request id of a token 诉求令牌");
        group.MapGet("/requests/{serviceRequestId}.{format}", Open311GetRequest.HandleAsync).WithName("Open311GetRequest")
            .WithSummary("GeoReport v2: a request's status 诉求状态");
        group.MapGet("/requests.{format}", Open311ListRequests.HandleAsync).WithName("Open311ListRequests")
            .WithSummary("GeoReport v2: requests by id, service, dates and status 诉求查询");

        app.MapFilingGroup($"{Prefix}/open311/v2", Tag, PlatformPolicies.RequestReporting)
            .MapPost("/requests.{format}", Open311CreateRequest.HandleAsync).WithName("Open311CreateRequest")
            .WithSummary("GeoReport v2: create a request (form-encoded) 提交诉求");
        return group;
    }
}
