using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Volunteers.Teams;
using Platform.Volunteers.Volunteers;

namespace Platform.Volunteers.Activities;

internal sealed class ParticipationConfiguration : IEntityTypeConfiguration<Participation>
{
    public void Configure(EntityTypeBuilder<Participation> builder)
    {
        builder.ToTable("participations");
        builder.HasKey(p => new { p.ActivityId, p.VolunteerId });
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Version).IsRowVersion();
        builder.Ignore(p => p.HoldsAPlace);
        builder.Ignore(p => p.CheckedMinutes);
        builder.HasOne<Activity>().WithMany().HasForeignKey(p => p.ActivityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Volunteer>().WithMany().HasForeignKey(p => p.VolunteerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.VolunteerId);
    }
}
