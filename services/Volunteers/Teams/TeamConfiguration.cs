using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Volunteers.Volunteers;

namespace Platform.Volunteers.Teams;

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.ToTable("teams");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.Colour).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.CommunityCode).HasMaxLength(15);
        builder.HasIndex(t => new { t.CommunityCode, t.Name }).IsUnique();
        builder.HasIndex(t => t.CommunityCode).HasOperators("text_pattern_ops");
        builder.HasOne<Volunteer>().WithMany().HasForeignKey(t => t.LeaderId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TeamMembershipConfiguration : IEntityTypeConfiguration<TeamMembership>
{
    public void Configure(EntityTypeBuilder<TeamMembership> builder)
    {
        builder.ToTable("team_memberships");
        builder.HasKey(m => m.Id);
        builder.HasOne<Team>().WithMany().HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Volunteer>().WithMany().HasForeignKey(m => m.VolunteerId).OnDelete(DeleteBehavior.Restrict);
        // One open membership per volunteer and team: joining twice is a 409 from the database.
        builder.HasIndex(m => new { m.TeamId, m.VolunteerId }).IsUnique().HasFilter("left_at IS NULL");
        builder.HasIndex(m => m.VolunteerId);
    }
}
