using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace Platform.Incubation.Organisations;

internal sealed class OrganisationTransitionConfiguration : IEntityTypeConfiguration<OrganisationTransition>
{
    public void Configure(EntityTypeBuilder<OrganisationTransition> builder)
    {
        builder.ToTable("organisation_transitions");
        builder.HasKey(t => t.Id);
        // Ids are made by the entity; a step found through the organisation's navigation is then an insert, not an update.
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.To).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Actor).HasMaxLength(200);
        builder.Property(t => t.Reason).HasMaxLength(500);
        builder.HasIndex(t => t.OrganisationId);
    }
}
