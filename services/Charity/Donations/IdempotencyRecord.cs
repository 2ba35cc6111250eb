using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Charity.Donations;

/// <summary>
/// An <c>Idempotency-Key</c> a caller sent with a donation, with a hash of the request it came with. The key is unique
/// per caller, so a retry (even a concurrent one) cannot create a second donation.
/// </summary>
public sealed class IdempotencyRecord
{
    public const string Header = "Idempotency-Key";
    public const int MaxKeyLength = 100;

    public required string Caller { get; init; }
    public required string Key { get; init; }
    public required byte[] RequestHash { get; init; }
    public required Guid DonationId { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }

    public static byte[] Hash<TRequest>(TRequest request) => SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request));
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_keys");
        builder.HasKey(r => new { r.Caller, r.Key }).HasName("pk_idempotency_keys");
        builder.Property(r => r.Caller).HasMaxLength(100);
        builder.Property(r => r.Key).HasMaxLength(IdempotencyRecord.MaxKeyLength);
    }
}
