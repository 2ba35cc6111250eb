using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.PartyBuilding.Regions;

namespace Platform.PartyBuilding.Facilities;

internal sealed class CommunityFacilityConfiguration : IEntityTypeConfiguration<CommunityFacility>
{
    public const string OnePerRegionAndKind = "ux_community_facilities_region_code_kind";

    public void Configure(EntityTypeBuilder<CommunityFacility> builder)
    {
        builder.ToTable("community_facilities");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.RegionCode).HasMaxLength(15);
        builder.Property(f => f.CommunityCode).HasMaxLength(12);
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(f => f.DesignatedBy).HasMaxLength(200);
        builder.HasOne<Region>().WithMany().HasForeignKey(f => f.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.RegionCode, f.Kind }, OnePerRegionAndKind).IsUnique().HasDatabaseName(OnePerRegionAndKind)
            .HasOperators("text_pattern_ops", "text_ops");
    }
}
