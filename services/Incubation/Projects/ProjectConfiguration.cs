using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;
using Platform.Incubation.Organisations;

namespace Platform.Incubation.Projects;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.ToTable("projects", t =>
        {
            t.HasCheckConstraint("ck_projects_budget", "budget_fen >= 0");
            t.HasCheckConstraint("ck_projects_period", "ends_on >= starts_on");
        });
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.Property(p => p.CommunityCode).HasMaxLength(15);
        builder.Property(p => p.ApprovedBy).HasMaxLength(200);
        builder.Property(p => p.CompletedBy).HasMaxLength(200);
        builder.Property(p => p.Version).IsRowVersion();
        builder.HasOne<SocialOrganisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.OrganisationId);
        builder.HasIndex(p => p.CommunityCode).HasOperators("text_pattern_ops");
    }
}
