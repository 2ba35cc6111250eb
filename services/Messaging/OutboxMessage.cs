using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Messaging;

/// <summary>An integration event stored in the same transaction as the change that caused it, until the relay sends it.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; private init; }
    public long Sequence { get; private init; }
    public required string MessageType { get; init; }
    public required string Payload { get; init; }
    public DateTimeOffset OccurredAt { get; private init; }
    public string? TraceParent { get; private init; }
    public DateTimeOffset? SentAt { get; private set; }

    public static OutboxMessage Create<TEvent>(TEvent integrationEvent, DateTimeOffset now) where TEvent : class =>
        new()
        {
            Id = Guid.CreateVersion7(now),
            MessageType = MessageTypes.NameOf(typeof(TEvent)),
            Payload = JsonSerializer.Serialize(integrationEvent, MessageTypes.JsonOptions),
            OccurredAt = now,
            TraceParent = Activity.Current?.Id,
        };
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Sequence).UseIdentityAlwaysColumn();
        builder.Property(m => m.MessageType).HasMaxLength(300);
        builder.Property(m => m.Payload).HasColumnType("jsonb");
        builder.Property(m => m.TraceParent).HasMaxLength(100);
        builder.HasIndex(m => m.Sequence).HasFilter("sent_at IS NULL").HasDatabaseName("ix_outbox_messages_unsent");
        builder.HasIndex(m => m.SentAt).HasFilter("sent_at IS NOT NULL");
    }
}
