namespace Platform.Charity.Lottery;

internal sealed class LotteryOutletConfiguration : IEntityTypeConfiguration<LotteryOutlet>
{
    public void Configure(EntityTypeBuilder<LotteryOutlet> builder)
    {
        builder.ToTable("lottery_outlets", t => t.HasCheckConstraint("ck_lottery_outlets_ratio", "fund_share_percent BETWEEN 0 AND 100"));
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Name).HasMaxLength(100);
        builder.Property(o => o.CommunityCode).HasMaxLength(12);
        builder.Property(o => o.FundSharePercent).HasPrecision(5, 2);
        builder.HasIndex(o => new { o.CommunityCode, o.Name }).IsUnique();
    }
}
