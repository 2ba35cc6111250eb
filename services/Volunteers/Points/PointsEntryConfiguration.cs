using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Volunteers.Volunteers;

namespace Platform.Volunteers.Points;

internal sealed class PointsEntryConfiguration : IEntityTypeConfiguration<PointsEntry>
{
    public void Configure(EntityTypeBuilder<PointsEntry> builder)
    {
        builder.ToTable("points_entries", t => t.HasCheckConstraint("ck_points_entries_sign",
            "(kind = 'Debit' AND points < 0) OR (kind <> 'Debit' AND points > 0)"));
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Volunteer>().WithMany().HasForeignKey(e => e.VolunteerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.VolunteerId, e.RecordedAt });
        // Exactly once: one credit per volunteer and activity, one debit and one reversal per redemption.
        builder.HasIndex(e => new { e.VolunteerId, e.ActivityId }).IsUnique().HasFilter("kind = 'Credit'").HasDatabaseName("ux_points_entries_credit");
        builder.HasIndex(e => new { e.RedemptionId, e.Kind }).IsUnique().HasFilter("redemption_id IS NOT NULL").HasDatabaseName("ux_points_entries_redemption");
    }
}
