namespace Platform.Charity.Ledger;

public static class LedgerApi
{
    public static RouteGroupBuilder MapLedgerApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{CharityService.Prefix}/ledger", "Ledger 复式记账").RequireStaffToWrite();
        group.MapGet("/entries", ListJournalEntries.HandleAsync).WithName("ListJournalEntries")
            .WithSummary("Journal entries of a region subtree in a period, paged 按区域和期间查询记账凭证");
        group.MapGet("/entries/{id:guid}", GetJournalEntry.HandleAsync).WithName("GetJournalEntry")
            .WithSummary("A journal entry with its lines 记账凭证");
        group.MapPost("/entries/{id:guid}/reversal", ReverseJournalEntry.HandleAsync).WithName("ReverseJournalEntry")
            .WithSummary("Correct an entry by posting its reverse 红字冲销");
        group.MapGet("/communities/{code}", GetCommunityAccounts.HandleAsync).WithName("GetCommunityAccounts")
            .WithSummary("A community's fund and collective economy balances 社区基金与集体经济账户余额");
        return group;
    }
}
