using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.PartyBuilding.Regions;

namespace Platform.PartyBuilding.Compounds;

internal sealed class CompoundConfiguration : IEntityTypeConfiguration<Compound>
{
    public void Configure(EntityTypeBuilder<Compound> builder)
    {
        builder.ToTable("compounds");
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(15);
        builder.Property(c => c.CommunityCode).HasMaxLength(12);
        builder.Property(c => c.Category).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Committee).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.PropertyCompany).HasMaxLength(100);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<Region>().WithOne().HasForeignKey<Compound>(c => c.Code).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.CommunityCode).HasOperators("text_pattern_ops");
    }
}
