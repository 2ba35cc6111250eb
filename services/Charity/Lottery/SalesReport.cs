using Platform.Contracts.Charity;

namespace Platform.Charity.Lottery;

/// <summary>An outlet's report for a period, with the split as it was made (the ratio is kept: it may change later).</summary>
public sealed class SalesReport
{
    private SalesReport()
    {
    }

    public Guid Id { get; private init; }
    public Guid OutletId { get; private init; }
    public string CommunityCode { get; private init; } = "";
    public Guid FundId { get; private init; }
    public DateOnly PeriodStart { get; private init; }
    public DateOnly PeriodEnd { get; private init; }
    public long SalesFen { get; private init; }
    public long RevenueFen { get; private init; }
    public decimal FundSharePercent { get; private init; }
    public long FundShareFen { get; private init; }
    public long CollectiveShareFen { get; private init; }
    public DateTimeOffset ReportedAt { get; private init; }

    internal static SalesReport Record(LotteryOutlet outlet, Guid fundId, SalesFigures figures, RevenueSplit split, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(now), OutletId = outlet.Id, CommunityCode = outlet.CommunityCode, FundId = fundId,
            PeriodStart = figures.PeriodStart, PeriodEnd = figures.PeriodEnd, SalesFen = figures.SalesFen, RevenueFen = figures.RevenueFen,
            FundSharePercent = outlet.FundSharePercent, FundShareFen = split.FundShareFen, CollectiveShareFen = split.CollectiveShareFen,
            ReportedAt = now,
        };

    public LotteryRevenueShared Shared() =>
        new(Id, OutletId, CommunityCode, FundId, PeriodStart, PeriodEnd, RevenueFen, CollectiveShareFen, FundShareFen, ReportedAt);
}
