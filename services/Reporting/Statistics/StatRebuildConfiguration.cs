using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Reporting.Statistics;

internal sealed class StatRebuildConfiguration : IEntityTypeConfiguration<StatRebuild>
{
    public void Configure(EntityTypeBuilder<StatRebuild> builder)
    {
        builder.ToTable("stat_rebuilds");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.RunBy).HasMaxLength(200);
    }
}
