using System.Security.Cryptography;
using System.Text;

namespace Platform.PersonalData;

/// <summary>
/// Encrypts personal data with AES-256-GCM (a fresh nonce per value) and gives it a keyed hash (HMAC-SHA256) so that
/// uniqueness can be enforced by the database without storing the value in clear. Both keys live outside the database.
/// </summary>
public sealed class PersonalDataProtector
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _encryptionKey;
    private readonly byte[] _hashKey;

    public PersonalDataProtector(byte[] encryptionKey, byte[] hashKey)
    {
        if (encryptionKey.Length != 32 || hashKey.Length != 32)
        {
            throw new ArgumentException("Both personal-data keys must be 32 bytes.");
        }

        _encryptionKey = encryptionKey;
        _hashKey = hashKey;
    }

    /// <summary>Keys as base64 text of 32 bytes each, as configuration carries them.</summary>
    public static PersonalDataProtector FromBase64(string? encryptionKey, string? hashKey) =>
        new(Decode(encryptionKey, "encryption"), Decode(hashKey, "hash"));

    /// <summary>nonce ‖ tag ‖ ciphertext.</summary>
    public byte[] Encrypt(string value)
    {
        var plain = Encoding.UTF8.GetBytes(value);
        var sealedValue = new byte[NonceSize + TagSize + plain.Length];
        var nonce = sealedValue.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_encryptionKey, TagSize);
        aes.Encrypt(nonce, plain, sealedValue.AsSpan(NonceSize + TagSize), sealedValue.AsSpan(NonceSize, TagSize));
        return sealedValue;
    }

    public string Decrypt(byte[] sealedValue)
    {
        var plain = new byte[sealedValue.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_encryptionKey, TagSize);
        aes.Decrypt(sealedValue.AsSpan(0, NonceSize), sealedValue.AsSpan(NonceSize + TagSize), sealedValue.AsSpan(NonceSize, TagSize), plain);
        return Encoding.UTF8.GetString(plain);
    }

    public byte[] Hash(string value) => HMACSHA256.HashData(_hashKey, Encoding.UTF8.GetBytes(value));

    private static byte[] Decode(string? base64, string which)
    {
        var bytes = new byte[32];
        if (string.IsNullOrWhiteSpace(base64) || !Convert.TryFromBase64String(base64, bytes, out var written) || written != 32)
        {
            throw new InvalidOperationException($"The personal-data {which} key must be configured as base64 of 32 bytes.");
        }

        return bytes;
    }
}
