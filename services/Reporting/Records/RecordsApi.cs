using Platform.ServiceDefaults.Http;
using static Platform.Reporting.ReportingService;

namespace Platform.Reporting.Records;

public static class RecordsApi
{
    private const string Tag = "Service records 服务台账";

    public static RouteGroupBuilder MapRecordsApi(this IEndpointRouteBuilder app)
    {
        var filing = app.MapFilingGroup($"{Prefix}/records", Tag, PlatformPolicies.Filing);
        filing.MapPost("/", FileServiceRecord.HandleAsync).WithName("FileServiceRecord")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("File a record of the six services in your region (staff, department clients) 登记服务台账");
        filing.MapPost("/import", ImportServiceRecords.HandleAsync).WithName("ImportServiceRecords")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .AllowLargeBodies().Accepts<string>("text/csv")
            .WithSummary("File records in bulk from CSV, all or nothing (staff, department clients) 批量导入服务台账");

        var group = app.MapApiGroup($"{Prefix}/records", Tag);
        group.MapGet("/", ListServiceRecords.HandleAsync).WithName("ListServiceRecords")
            .ProducesRegionProblems()
            .WithSummary("Records of a region by service date, newest first 服务台账列表");
        group.MapGet("/{id:guid}", GetServiceRecord.HandleAsync).WithName("GetServiceRecord")
            .WithSummary("A service record 服务台账");

        var officials = group.MapGroup("").RequireAuthorization(PlatformPolicies.Officials);
        officials.MapGet("/changes", ListServiceRecordChanges.HandleAsync).WithName("ListServiceRecordChanges")
            .ProducesRegionProblems()
            .WithSummary("Records changed since a token, for keeping a copy 服务台账变更");
        return group;
    }
}
