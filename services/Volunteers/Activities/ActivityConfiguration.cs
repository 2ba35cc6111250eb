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
