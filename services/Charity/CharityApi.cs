using Platform.Charity.Disbursements;
using Platform.Charity.Donations;
using Platform.Charity.Federations;
using Platform.Charity.Funds;
using Platform.Charity.Ledger;
using Platform.Charity.Lottery;
using Platform.Charity.Redemptions;
using Platform.Charity.Supermarkets;
using Platform.ServiceDefaults.Http;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.Charity;

public static class CharityApi
{
    public const string ServiceName = "charity";
    public const string Prefix = "/api/charity";

    public static WebApplication MapCharityApi(this WebApplication app)
    {
        app.MapFederations();
        app.MapFunds();
        app.MapLedger();
        app.MapDonations();
        app.MapDisbursements();
        app.MapSupermarkets();
        app.MapLottery();
        return app;
    }

    private static void MapFunds(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{Prefix}/funds", "Funds 社区慈善基金");
        group.MapPost("/", EstablishFund.HandleAsync).WithName("EstablishFund").RequireAuthorization(PlatformPolicies.Staff)
            .WithSummary("Set up a community charity fund under a federation 设立社区慈善基金");
        group.MapGet("/", FundQueries.ListAsync).WithName("ListFunds")
            .WithSummary("Funds of a region subtree with their balances, paged 按区域查询基金及余额");
        group.MapGet("/{id:guid}", FundQueries.GetAsync).WithName("GetFund")
            .WithSummary("A fund and its balance 基金及余额");
        group.MapPut("/{id:guid}/status", FundQueries.ChangeStatusAsync).WithName("ChangeFundStatus").RequireAuthorization(PlatformPolicies.Staff)
            .WithSummary("Suspend, reactivate or close a fund 基金状态变更");
        group.MapGet("/{id:guid}/statement", FundJournal.StatementAsync).WithName("GetFundStatement")
            .WithSummary("A fund's movements and balances in a period 基金收支明细");
        group.MapGet("/{id:guid}/journal.csv", FundJournal.CsvAsync).WithName("ExportFundJournal").Produces(200, contentType: "text/csv")
            .WithSummary("A fund's journal as CSV (UTF-8 with BOM) 导出基金流水");
    }

    private static void MapLedger(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{Prefix}/ledger", "Ledger 复式记账");
        group.MapGet("/entries", LedgerEntries.ListAsync).WithName("ListJournalEntries")
            .WithSummary("Journal entries of a region subtree in a period, paged 按区域和期间查询记账凭证");
        group.MapGet("/entries/{id:guid}", LedgerEntries.GetAsync).WithName("GetJournalEntry")
            .WithSummary("A journal entry with its lines 记账凭证");
        group.MapPost("/entries/{id:guid}/reversal", LedgerEntries.ReverseAsync).WithName("ReverseJournalEntry").RequireAuthorization(PlatformPolicies.Staff)
            .WithSummary("Correct an entry by posting its reverse 红字冲销");
        group.MapGet("/communities/{code}", CommunityAccounts.GetAsync).WithName("GetCommunityAccounts")
            .WithSummary("A community's fund and collective economy balances 社区基金与集体经济账户余额");
    }

    private static void MapDonations(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{Prefix}/donations", "Donations 捐赠");
        group.MapPost("/", ReceiveDonation.HandleAsync).WithName("ReceiveDonation").RequireAuthorization(PlatformPolicies.Staff)
            .WithSummary("Record a donation of money or goods; honours Idempotency-Key 登记捐赠");
        group.MapPost("/bulk", ReceiveDonations.HandleAsync).WithName("ReceiveDonations").RequireAuthorization(PlatformPolicies.Staff)
            .AllowLargeBodies()
            .WithSummary("Record many donations at once, all or none (seeding, imports) 批量登记捐赠");
        group.MapGet("/", DonationQueries.ListAsync).WithName("ListDonations")
            .WithSummary("Donations of a region subtree in a period, paged 按区域和期间查询捐赠");
        group.MapGet("/changes", DonationChanges.ListAsync).WithName("ListDonationChanges").RequireAuthorization(PlatformPolicies.Officials)
            .WithSummary("What changed in the donation list after a token, for keeping a copy 捐赠变更同步");
        group.MapGet("/statement", DonationQueries.DonorStatementAsync).WithName("GetDonorStatement")
            .WithSummary("A donor's donations and total 捐赠人对账单");
        group.MapGet("/{id:guid}", DonationQueries.GetAsync).WithName("GetDonation")
            .WithSummary("A donation 捐赠详情");
    }

    private static void MapDisbursements(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{Prefix}/disbursements", "Disbursements 基金支出");
        group.MapPost("/", DisbursementsApi.RequestAsync).WithName("RequestDisbursement").RequireAuthorization(PlatformPolicies.Staff)
            .WithSummary("Request a disbursement from a fund 申请基金支出");
        group.MapGet("/{id:guid}", DisbursementsApi.GetAsync).WithName("GetDisbursement")
            .WithSummary("A disbursement and its approvals 支出详情");
        group.MapPost("/{id:guid}/approvals", DisbursementsApi.ApproveAsync).WithName("ApproveDisbursement").RequireAuthorization(PlatformPolicies.Staff)
            .WithSummary("Approve; the second approval by another person pays out 审批（两人两级）");
    }

    private static void MapSupermarkets(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{Prefix}/supermarkets", "Supermarkets 慈善超市");
        group.MapPost("/", SupermarketsApi.OpenAsync).WithName("OpenSupermarket").RequireAuthorization(PlatformPolicies.Staff)
            .WithSummary("Open a charity supermarket 开设慈善超市");
        group.MapGet("/", SupermarketsApi.ListAsync).WithName("ListSupermarkets")
            .WithSummary("Supermarkets of a region subtree with their stock, paged 按区域查询慈善超市");
        group.MapGet("/{id:guid}", SupermarketsApi.GetAsync).WithName("GetSupermarket")
            .WithSummary("A supermarket and its stock 慈善超市及库存");
        group.MapPost("/{supermarketId:guid}/redemptions", RedemptionsApi.RequestAsync).WithName("RequestRedemption")
            .WithSummary("Redeem goods for love points (answered asynchronously) 爱心积分兑换");

        var redemptions = app.MapApiGroup($"{Prefix}/redemptions", "Supermarkets 慈善超市");
        redemptions.MapGet("/{id:guid}", RedemptionsApi.GetAsync).WithName("GetRedemption")
            .WithSummary("A redemption and how it ended 兑换状态");
    }

    private static void MapLottery(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{Prefix}/lottery/outlets", "Lottery 福彩销售点");
        group.MapPost("/", LotteryApi.RegisterAsync).WithName("RegisterLotteryOutlet").RequireAuthorization(PlatformPolicies.Staff)
            .WithSummary("Register a community's welfare-lottery outlet and its split ratio 登记福彩销售点");
        group.MapGet("/", LotteryApi.ListAsync).WithName("ListLotteryOutlets")
            .WithSummary("Lottery outlets of a region subtree, paged 按区域查询福彩销售点");
        group.MapGet("/{id:guid}", LotteryApi.GetAsync).WithName("GetLotteryOutlet")
            .WithSummary("A lottery outlet 福彩销售点");
        group.MapPost("/{id:guid}/reports", LotteryApi.ReportAsync).WithName("ReportLotterySales").RequireAuthorization(PlatformPolicies.Staff)
            .WithSummary("Report a period's sales; the revenue is split to the fen 福彩销售报告与收益分配");
        group.MapGet("/{id:guid}/reports", LotteryApi.ReportsAsync).WithName("ListLotterySalesReports")
            .WithSummary("An outlet's sales reports and splits 销售报告");
    }
}
