using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Reporting.Statistics;

internal sealed class StatItemConfiguration : IEntityTypeConfiguration<StatItem>
{
    public void Configure(EntityTypeBuilder<StatItem> builder)
    {
        builder.ToTable("stat_items");
        builder.HasKey(i => new { i.Kind, i.Key });
        builder.Property(i => i.Kind).HasMaxLength(50);
        builder.Property(i => i.Key).HasMaxLength(100);
        builder.Property(i => i.RegionCode).HasMaxLength(15);
        builder.Property(i => i.Category).HasMaxLength(50);
        builder.HasIndex(i => new { i.Kind, i.RegionCode }).HasOperators("text_ops", "text_pattern_ops");
    }
}
