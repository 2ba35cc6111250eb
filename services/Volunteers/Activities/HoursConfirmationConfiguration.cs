using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Volunteers.Teams;
using Platform.Volunteers.Volunteers;

namespace Platform.Volunteers.Activities;

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
