using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Volunteers.Teams;
using Platform.Volunteers.Volunteers;

namespace Platform.Volunteers.Activities;

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.ToTable("activities", t => t.HasCheckConstraint("ck_activities_capacity", "signed_up >= 0 AND signed_up <= capacity"));
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Title).HasMaxLength(200);
        builder.Property(a => a.Category).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.CommunityCode).HasMaxLength(15);
        builder.Property(a => a.Version).IsRowVersion();
        builder.Ignore(a => a.Window);
        builder.HasOne<Team>().WithMany().HasForeignKey(a => a.OrganiserTeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.CommunityCode).HasOperators("text_pattern_ops");
        builder.HasIndex(a => a.OrganiserTeamId);
    }
}

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

internal sealed class HoursConfirmationConfiguration : IEntityTypeConfiguration<HoursConfirmation>
{
    public void Configure(EntityTypeBuilder<HoursConfirmation> builder)
    {
        builder.ToTable("hours_confirmations");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Reason).HasMaxLength(500);
        builder.Ignore(h => h.Adjusted);
        // Hours are confirmed once per volunteer and activity, whatever is sent twice.
        builder.HasIndex(h => new { h.ActivityId, h.VolunteerId }).IsUnique();
        builder.HasOne<Participation>().WithMany().HasForeignKey(h => new { h.ActivityId, h.VolunteerId }).OnDelete(DeleteBehavior.Restrict);
    }
}
