using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace Platform.Incubation.Centres;

internal sealed class IncubationCentreConfiguration : IEntityTypeConfiguration<IncubationCentre>
{
    public void Configure(EntityTypeBuilder<IncubationCentre> builder)
    {
        builder.ToTable("centres");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.RegionCode).HasMaxLength(15);
        builder.HasIndex(c => c.Name).IsUnique();
    }
}
