using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Reporting.Statistics;

internal sealed class MonthlyFigureConfiguration : IEntityTypeConfiguration<MonthlyFigure>
{
    public void Configure(EntityTypeBuilder<MonthlyFigure> builder)
    {
        builder.ToTable("stat_monthly");
        builder.HasKey(m => new { m.RegionCode, m.Month, m.Figure });
        builder.Property(m => m.RegionCode).HasMaxLength(15);
        builder.Property(m => m.Figure).HasMaxLength(50);
        builder.HasIndex(m => m.RegionCode).HasOperators("text_pattern_ops");
    }
}
