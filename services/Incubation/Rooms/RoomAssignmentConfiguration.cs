using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;
using Platform.Incubation.SocialWorkers;

namespace Platform.Incubation.Rooms;

internal sealed class RoomAssignmentConfiguration : IEntityTypeConfiguration<RoomAssignment>
{
    public void Configure(EntityTypeBuilder<RoomAssignment> builder)
    {
        builder.ToTable("room_assignments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.AssignedBy).HasMaxLength(200);
        builder.Property(a => a.UnassignedBy).HasMaxLength(200);
        builder.Property(a => a.Reason).HasMaxLength(500);
        builder.Property(a => a.Version).IsRowVersion();
        builder.HasOne<SocialWorkRoom>().WithMany().HasForeignKey(a => a.RoomId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SocialWorker>().WithMany().HasForeignKey(a => a.SocialWorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.SocialWorkerId).IsUnique().HasFilter("unassigned_at IS NULL").HasDatabaseName(OneOpenAssignment);
        builder.HasIndex(a => a.RoomId);
    }

    public const string OneOpenAssignment = "ux_room_assignments_one_open_per_worker";
}
