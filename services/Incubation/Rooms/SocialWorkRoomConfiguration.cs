using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace Platform.Incubation.Rooms;

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
