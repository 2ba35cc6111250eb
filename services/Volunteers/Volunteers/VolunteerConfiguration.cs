using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data;
using Platform.RegionReplica.Queries;

namespace Platform.Volunteers.Volunteers;

internal sealed class VolunteerConfiguration : IEntityTypeConfiguration<Volunteer>
{
    public const string IdNumberUnique = "ux_volunteers_id_number_hash";

    public void Configure(EntityTypeBuilder<Volunteer> builder)
    {
        builder.ToTable("volunteers");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Name).HasMaxLength(50);
        builder.Property(v => v.IdNumberMasked).HasMaxLength(18);
        builder.Property(v => v.PhoneMasked).HasMaxLength(11);
        builder.Property(v => v.CommunityCode).HasMaxLength(15);
        builder.Property(v => v.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Version).IsRowVersion();
        builder.TracksChanges();
        builder.HasIndex(v => v.IdNumberHash).IsUnique().HasDatabaseName(IdNumberUnique);
        builder.HasIndex(v => v.PartyMemberId);
        // Region subtree queries are prefix matches on the community code.
        builder.HasIndex(v => v.CommunityCode).HasOperators("text_pattern_ops");
    }
}
