using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
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

public sealed record SalesReportResponse(
    Guid Id, Guid OutletId, string CommunityCode, Guid FundId, DateOnly PeriodStart, DateOnly PeriodEnd, long SalesFen, long RevenueFen,
    decimal FundSharePercent, long FundShareFen, long CollectiveShareFen, DateTimeOffset ReportedAt);

internal static class SalesReportMapping
{
    public static SalesReportResponse ToResponse(this SalesReport r) =>
        new(r.Id, r.OutletId, r.CommunityCode, r.FundId, r.PeriodStart, r.PeriodEnd, r.SalesFen, r.RevenueFen, r.FundSharePercent,
            r.FundShareFen, r.CollectiveShareFen, r.ReportedAt);
}

internal sealed class SalesReportConfiguration : IEntityTypeConfiguration<SalesReport>
{
    public void Configure(EntityTypeBuilder<SalesReport> builder)
    {
        builder.ToTable("lottery_sales_reports", t => t.HasCheckConstraint("ck_lottery_sales_reports_split",
            "fund_share_fen >= 0 AND collective_share_fen >= 0 AND fund_share_fen + collective_share_fen = revenue_fen"));
        builder.HasKey(r => r.Id);
        builder.Property(r => r.CommunityCode).HasMaxLength(12);
        builder.Property(r => r.FundSharePercent).HasPrecision(5, 2);
        builder.HasOne<LotteryOutlet>().WithMany().HasForeignKey(r => r.OutletId).OnDelete(DeleteBehavior.Restrict);
        // One report per outlet and period start: a resent report is a 409, not a second share.
        builder.HasIndex(r => new { r.OutletId, r.PeriodStart }).IsUnique();
    }
}
