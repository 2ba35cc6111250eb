using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.PartyBuilding.Organisations;

namespace Platform.PartyBuilding.Members;

internal sealed class PartyMemberConfiguration : IEntityTypeConfiguration<PartyMember>
{
    public const string UniqueResidentIdIndex = "ux_party_members_resident_id_hash";

    public void Configure(EntityTypeBuilder<PartyMember> builder)
    {
        builder.ToTable("party_members");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Name).HasMaxLength(50);
        builder.HasIndex(m => m.ResidentIdHash, UniqueResidentIdIndex).IsUnique().HasDatabaseName(UniqueResidentIdIndex);
        builder.HasOne<PartyOrganisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.OrganisationId);
    }
}
