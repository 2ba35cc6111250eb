using Platform.Clients.Volunteers.Models;
using Platform.Web.Features.Volunteers;

namespace Platform.Web.Tests.Volunteers;

public sealed class Reading_a_points_statement : ComponentTest
{
    private static PointsEntryResponse Entry(PointsEntryKind kind, long points) => new()
    {
        Id = Guid.NewGuid(), Kind = kind, Points = points, RecordedAt = new DateTimeOffset(2026, 12, 7, 2, 0, 0, TimeSpan.Zero),
        ActivityId = kind == PointsEntryKind.Credit ? Guid.NewGuid() : null, RedemptionId = kind == PointsEntryKind.Credit ? null : Guid.NewGuid(),
    };

    [Fact]
    public void Each_entry_is_a_row_with_its_kind_signed_points_and_the_balances()
    {
        var table = Render<PointsStatementTable>(ps => ps.Add(p => p.Statement, new PointsStatementResponse
        {
            OpeningBalance = 5, Entries = [Entry(PointsEntryKind.Credit, 10), Entry(PointsEntryKind.Debit, -3)], ClosingBalance = 12, Balance = 12,
        }));

        var rows = table.FindAll("[data-testid=points-entry]");
        Assert.Equal(2, rows.Count);
        Assert.Contains("积分入账", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("+10", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("积分兑换", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("−3", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("5", table.Find("[data-testid=opening-balance]").TextContent, StringComparison.Ordinal);
        Assert.Contains("12", table.Find("[data-testid=closing-balance]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Times_are_shown_in_the_citys_time()
    {
        var table = Render<PointsStatementTable>(ps => ps.Add(p => p.Statement, new PointsStatementResponse { Entries = [Entry(PointsEntryKind.Credit, 1)] }));

        Assert.Contains("2026-12-07 10:00", table.Find("[data-testid=points-entry]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_without_entries_says_so()
    {
        var table = Render<PointsStatementTable>(ps => ps.Add(p => p.Statement, new PointsStatementResponse { Entries = [] }));

        Assert.Empty(table.FindAll("[data-testid=points-entry]"));
        Assert.Contains("本期无积分变动", table.Find("[data-testid=no-points-entries]").TextContent, StringComparison.Ordinal);
    }
}
