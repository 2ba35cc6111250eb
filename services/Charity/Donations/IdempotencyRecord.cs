using System.Security.Cryptography;
using System.Text.Json;

namespace Platform.Charity.Donations;

/// <summary>
/// An <c>Idempotency-Key</c> a caller sent with a donation, with a hash of the request it came with. The key is unique
/// per caller, so a retry (even a concurrent one) cannot create a second donation.
/// </summary>
public sealed class IdempotencyRecord
{
    public const string Header = "Idempotency-Key";
    public const int MaxKeyLength = 100;
    /// <summary>The unique (caller, key) index a concurrent retry with the same key runs into.</summary>
    public const string PrimaryKey = "pk_idempotency_keys";

    public required string Caller { get; init; }
    public required string Key { get; init; }
    public required byte[] RequestHash { get; init; }
    public required Guid DonationId { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }

    public static byte[] Hash<TRequest>(TRequest request) => SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request));
}
