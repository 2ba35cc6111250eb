using Platform.Clients.Charity.Models;
using Platform.Web.Features.Charity;

namespace Platform.Web.Tests.Charity;

public sealed class Showing_a_funds_statement : ComponentTest
{
    private static FundStatementLine Line(JournalEntryKind kind, long debit, long credit, long balance) => new()
    {
        EntryId = Guid.NewGuid(), Kind = kind, Memo = kind.ToString(), RecordedAt = new DateTimeOffset(2026, 12, 7, 2, 30, 0, TimeSpan.Zero),
        DebitFen = debit, CreditFen = credit, BalanceFen = balance,
    };

    [Fact]
    public void Opening_and_closing_balances_frame_the_movements_in_yuan()
    {
        var statement = new FundStatementResponse
        {
            FundId = Guid.NewGuid(), OpeningBalanceFen = 100000, ClosingBalanceFen = 112345,
            Lines = [Line(JournalEntryKind.Donation, 0, 20000, 120000), Line(JournalEntryKind.Disbursement, 7655, 0, 112345)],
        };

        var table = Render<FundStatementTable>(ps => ps.Add(p => p.Statement, statement));

        Assert.Contains("¥1,000.00", table.Find("[data-testid=opening-balance]").TextContent, StringComparison.Ordinal);
        Assert.Contains("¥1,123.45", table.Find("[data-testid=closing-balance]").TextContent, StringComparison.Ordinal);
        var lines = table.FindAll("[data-testid=statement-line]");
        Assert.Equal(2, lines.Count);
        Assert.Contains("资金捐赠", lines[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("¥200.00", lines[0].QuerySelector("[data-testid=line-in]")!.TextContent);
        Assert.Equal("¥76.55", lines[1].QuerySelector("[data-testid=line-out]")!.TextContent);
        Assert.Equal("", lines[1].QuerySelector("[data-testid=line-in]")!.TextContent);
    }

    [Fact]
    public void Times_are_the_citys_local_time()
    {
        var statement = new FundStatementResponse { FundId = Guid.NewGuid(), Lines = [Line(JournalEntryKind.Donation, 0, 1, 1)] };

        var table = Render<FundStatementTable>(ps => ps.Add(p => p.Statement, statement));

        Assert.Contains("2026-12-07 10:30", table.Find("[data-testid=statement-line]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_without_movements_says_so()
    {
        var table = Render<FundStatementTable>(ps => ps.Add(p => p.Statement, new FundStatementResponse { FundId = Guid.NewGuid(), Lines = [] }));

        Assert.Contains("没有收支", table.Find("[data-testid=statement-empty]").TextContent, StringComparison.Ordinal);
    }
}
