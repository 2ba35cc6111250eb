namespace Platform.Charity.Funds;

public static class FundsApi
{
    public static RouteGroupBuilder MapFundsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{CharityService.Prefix}/funds", "Funds 社区慈善基金").RequireStaffToWrite();
        group.MapPost("/", EstablishFund.HandleAsync).WithName("EstablishFund")
            .WithSummary("Set up a community charity fund under a federation 设立社区慈善基金");
        group.MapGet("/", ListFunds.HandleAsync).WithName("ListFunds")
            .WithSummary("Funds of a region subtree with their balances, paged 按区域查询基金及余额");
        group.MapGet("/{id:guid}", GetFund.HandleAsync).WithName("GetFund")
            .WithSummary("A fund and its balance 基金及余额");
        group.MapPut("/{id:guid}/status", ChangeFundStatus.HandleAsync).WithName("ChangeFundStatus")
            .WithSummary("Suspend, reactivate or close a fund 基金状态变更");
        group.MapGet("/{id:guid}/statement", GetFundStatement.HandleAsync).WithName("GetFundStatement")
            .WithSummary("A fund's movements and balances in a period 基金收支明细");
        group.MapGet("/{id:guid}/journal.csv", ExportFundJournal.HandleAsync).WithName("ExportFundJournal").Produces(200, contentType: "text/csv")
            .WithSummary("A fund's journal as CSV (UTF-8 with BOM) 导出基金流水");
        return group;
    }
}
