using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace Platform.Incubation.PartyOrganisations;

internal sealed class ReplicatedPartyOrganisationConfiguration : IEntityTypeConfiguration<ReplicatedPartyOrganisation>
{
    public void Configure(EntityTypeBuilder<ReplicatedPartyOrganisation> builder)
    {
        builder.ToTable("party_organisation_replica");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Name).HasMaxLength(100);
        builder.Property(o => o.Kind).HasMaxLength(40);
        builder.Property(o => o.RegionCode).HasMaxLength(15);
    }
}
