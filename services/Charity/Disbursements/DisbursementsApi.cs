namespace Platform.Charity.Disbursements;

public static class DisbursementsApi
{
    public static RouteGroupBuilder MapDisbursementsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{CharityService.Prefix}/disbursements", "Disbursements 基金支出").RequireStaffToWrite();
        group.MapPost("/", RequestDisbursement.HandleAsync).WithName("RequestDisbursement")
            .WithSummary("Request a disbursement from a fund 申请基金支出");
        group.MapGet("/{id:guid}", GetDisbursement.HandleAsync).WithName("GetDisbursement")
            .WithSummary("A disbursement and its approvals 支出详情");
        group.MapPost("/{id:guid}/approvals", ApproveDisbursement.HandleAsync).WithName("ApproveDisbursement")
            .WithSummary("Approve; the second approval by another person pays out 审批（两人两级）");
        return group;
    }
}
