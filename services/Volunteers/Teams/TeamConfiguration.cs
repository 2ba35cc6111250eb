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
