namespace Platform.Charity.Lottery;

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
