using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;
using Platform.Data;
using Platform.Incubation.Centres;

namespace Platform.Incubation.Organisations;

internal sealed class SocialOrganisationConfiguration : IEntityTypeConfiguration<SocialOrganisation>
{
    public void Configure(EntityTypeBuilder<SocialOrganisation> builder)
    {
        builder.ToTable("organisations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Name).HasMaxLength(100);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(o => o.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.CommunityCode).HasMaxLength(15);
        builder.Property(o => o.ContactName).HasMaxLength(50);
        builder.Property(o => o.ContactPhoneMasked).HasMaxLength(11);
        builder.Property(o => o.CreditCode).HasMaxLength(18);
        builder.Property(o => o.FilingNumber).HasMaxLength(18);
        builder.Property(o => o.Version).IsRowVersion();
        builder.TracksChanges();
        builder.HasIndex(o => o.CreditCode).IsUnique().HasFilter("credit_code IS NOT NULL");
        builder.HasIndex(o => o.FilingNumber).IsUnique().HasFilter("filing_number IS NOT NULL");
        builder.HasIndex(o => new { o.CommunityCode, o.Name }).IsUnique();
        builder.HasIndex(o => o.CommunityCode).HasOperators("text_pattern_ops");
        builder.HasOne<IncubationCentre>().WithMany().HasForeignKey(o => o.CentreId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Transitions).WithOne().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
