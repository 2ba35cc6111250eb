using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.PartyBuilding.Members;
using Platform.PartyBuilding.Organisations;
using Platform.PartyBuilding.Regions;

namespace Platform.PartyBuilding.DualReports;

internal sealed class DualReportConfiguration : IEntityTypeConfiguration<DualReport>
{
    public const string OneActivePerMember = "ux_dual_reports_one_active_per_member";
    public const string OneActivePerOrganisation = "ux_dual_reports_one_active_per_organisation";

    public void Configure(EntityTypeBuilder<DualReport> builder)
    {
        builder.ToTable("dual_reports", t => t.HasCheckConstraint("ck_dual_reports_one_reporter",
            "(member_id IS NULL) <> (organisation_id IS NULL)"));
        builder.HasKey(r => r.Id);
        builder.Property(r => r.CommunityCode).HasMaxLength(12);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.Active);
        builder.HasOne<PartyMember>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartyOrganisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Region>().WithMany().HasForeignKey(r => r.CommunityCode).OnDelete(DeleteBehavior.Restrict);
        // A second active report is refused by the database, whatever races.
        builder.HasIndex(r => r.MemberId, OneActivePerMember).IsUnique().HasDatabaseName(OneActivePerMember).HasFilter("withdrawn_at IS NULL AND member_id IS NOT NULL");
        builder.HasIndex(r => r.OrganisationId, OneActivePerOrganisation).IsUnique().HasDatabaseName(OneActivePerOrganisation)
            .HasFilter("withdrawn_at IS NULL AND organisation_id IS NOT NULL");
        builder.HasIndex(r => r.CommunityCode).HasOperators("text_pattern_ops");
    }
}
