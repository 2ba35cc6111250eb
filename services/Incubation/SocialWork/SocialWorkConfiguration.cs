using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Incubation.SocialWork;

internal sealed class SocialWorkerConfiguration : IEntityTypeConfiguration<SocialWorker>
{
    public void Configure(EntityTypeBuilder<SocialWorker> builder)
    {
        builder.ToTable("social_workers");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Name).HasMaxLength(50);
        builder.Property(w => w.CertificateNumber).HasMaxLength(40);
        builder.Property(w => w.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(w => w.CommunityCode).HasMaxLength(15);
        builder.HasIndex(w => w.CertificateNumber).IsUnique();
        builder.HasIndex(w => w.CommunityCode).HasOperators("text_pattern_ops");
    }
}

internal sealed class SocialWorkRoomConfiguration : IEntityTypeConfiguration<SocialWorkRoom>
{
    public void Configure(EntityTypeBuilder<SocialWorkRoom> builder)
    {
        builder.ToTable("social_work_rooms");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.CommunityCode).HasMaxLength(15);
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.Property(r => r.OpenedBy).HasMaxLength(200);
        builder.HasIndex(r => r.CommunityCode).IsUnique();
    }
}

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
