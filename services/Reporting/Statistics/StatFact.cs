using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Reporting.Statistics;

/// <summary>
/// An event consumed for statistics, kept as it arrived (append-only, keyed by its message id), so that every derived
/// figure can be recomputed from these rows alone.
/// </summary>
public sealed class StatFact
{
    public Guid MessageId { get; init; }
    public long Sequence { get; init; }
    public required string MessageType { get; init; }
    public required string Payload { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
}

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
