using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Volunteers.Volunteers;

namespace Platform.Volunteers.Teams;

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
