using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.PartyBuilding.Regions;

namespace Platform.PartyBuilding.Communities;

internal sealed class LegalAdviserConfiguration : IEntityTypeConfiguration<LegalAdviser>
{
    public void Configure(EntityTypeBuilder<LegalAdviser> builder)
    {
        builder.ToTable("legal_advisers");
        builder.HasKey(a => a.CommunityCode);
        builder.Property(a => a.CommunityCode).HasMaxLength(12);
        builder.Property(a => a.Name).HasMaxLength(50);
        builder.Property(a => a.LawFirm).HasMaxLength(100);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne<Region>().WithOne().HasForeignKey<LegalAdviser>(a => a.CommunityCode).OnDelete(DeleteBehavior.Restrict);
    }
}
