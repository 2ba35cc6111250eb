using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.PartyBuilding.Regions;

namespace Platform.PartyBuilding.Organisations;

internal sealed class PartyOrganisationConfiguration : IEntityTypeConfiguration<PartyOrganisation>
{
    public const string OnePerRegionIndex = "ux_party_organisations_one_committee_per_region";

    public void Configure(EntityTypeBuilder<PartyOrganisation> builder)
    {
        builder.ToTable("party_organisations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Name).HasMaxLength(100);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(o => o.RegionCode).HasMaxLength(15);
        builder.Property(o => o.Secretary).HasMaxLength(50);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasOne<Region>().WithMany().HasForeignKey(o => o.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartyOrganisation>().WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => o.RegionCode);
        builder.HasIndex(o => o.ParentId);
        // One community party committee per community and one property-industry committee per county.
        builder.HasIndex(o => o.RegionCode, OnePerRegionIndex).IsUnique().HasDatabaseName(OnePerRegionIndex)
            .HasFilter("NOT dissolved AND kind IN ('CommunityPartyCommittee', 'PropertyIndustryCommittee')");
    }
}
