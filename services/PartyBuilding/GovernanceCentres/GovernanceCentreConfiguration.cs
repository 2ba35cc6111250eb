using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.PartyBuilding.Regions;

namespace Platform.PartyBuilding.GovernanceCentres;

internal sealed class GovernanceCentreConfiguration : IEntityTypeConfiguration<GovernanceCentre>
{
    public const string OnePerRegion = "ux_governance_centres_region_code";

    public void Configure(EntityTypeBuilder<GovernanceCentre> builder)
    {
        builder.ToTable("governance_centres");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.RegionCode).HasMaxLength(15);
        builder.Property(c => c.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.HasOne<Region>().WithMany().HasForeignKey(c => c.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.RegionCode, OnePerRegion).IsUnique().HasDatabaseName(OnePerRegion).HasOperators("text_pattern_ops");
    }
}
