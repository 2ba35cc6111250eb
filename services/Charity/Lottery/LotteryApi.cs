namespace Platform.Charity.Lottery;

public static class LotteryApi
{
    public static RouteGroupBuilder MapLotteryApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{CharityService.Prefix}/lottery/outlets", "Lottery 福彩销售点").RequireStaffToWrite();
        group.MapPost("/", RegisterLotteryOutlet.HandleAsync).WithName("RegisterLotteryOutlet")
            .WithSummary("Register a community's welfare-lottery outlet and its split ratio 登记福彩销售点");
        group.MapGet("/", ListLotteryOutlets.HandleAsync).WithName("ListLotteryOutlets")
            .WithSummary("Lottery outlets of a region subtree, paged 按区域查询福彩销售点");
        group.MapGet("/{id:guid}", GetLotteryOutlet.HandleAsync).WithName("GetLotteryOutlet")
            .WithSummary("A lottery outlet 福彩销售点");
        group.MapPost("/{id:guid}/reports", ReportLotterySales.HandleAsync).WithName("ReportLotterySales")
            .WithSummary("Report a period's sales; the revenue is split to the fen 福彩销售报告与收益分配");
        group.MapGet("/{id:guid}/reports", ListLotterySalesReports.HandleAsync).WithName("ListLotterySalesReports")
            .WithSummary("An outlet's sales reports and splits 销售报告");
        return group;
    }
}
