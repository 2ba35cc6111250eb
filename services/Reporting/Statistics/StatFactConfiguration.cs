using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Reporting.Statistics;

internal sealed class StatFactConfiguration : IEntityTypeConfiguration<StatFact>
{
    public void Configure(EntityTypeBuilder<StatFact> builder)
    {
        builder.ToTable("stat_facts");
        builder.HasKey(f => f.MessageId);
        builder.Property(f => f.Sequence).UseIdentityAlwaysColumn();
        builder.HasIndex(f => f.Sequence).IsUnique();
        builder.Property(f => f.MessageType).HasMaxLength(200);
        builder.Property(f => f.Payload).HasColumnType("jsonb");
    }
}
