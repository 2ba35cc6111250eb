namespace Platform.Identity.Keys;

/// <summary>A development key generated on first start and kept in Identity's database, so tokens outlive restarts.</summary>
public sealed class StoredKey
{
    public const string Signing = "signing";
    public const string Encryption = "encryption";

    public required string Purpose { get; init; }

    /// <summary>The RSA private key, PKCS#8.</summary>
    public required byte[] PrivateKey { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
