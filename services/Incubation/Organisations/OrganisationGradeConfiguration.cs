using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace Platform.Incubation.Organisations;

internal sealed class OrganisationGradeConfiguration : IEntityTypeConfiguration<OrganisationGrade>
{
    public void Configure(EntityTypeBuilder<OrganisationGrade> builder)
    {
        builder.ToTable("organisation_grades", t =>
        {
            t.HasCheckConstraint("ck_organisation_grades_grade", "grade BETWEEN 1 AND 5");
            t.HasCheckConstraint("ck_organisation_grades_score", "score BETWEEN 0 AND 100");
        });
        builder.HasKey(g => g.Id);
        builder.Ignore(g => g.Label);
        builder.Property(g => g.Actor).HasMaxLength(200);
        builder.Property(g => g.Reason).HasMaxLength(500);
        builder.HasOne<SocialOrganisation>().WithMany().HasForeignKey(g => g.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(g => new { g.OrganisationId, g.EvaluatedOn });
    }
}
