using System.Security.Cryptography;
using System.Text;

namespace Platform.PersonalData;

/// <summary>
/// Encrypts personal data at rest with AES-256-GCM (nonce ‖ tag ‖ ciphertext) and computes a keyed HMAC-SHA256 hash,
/// so that a unique index can find a duplicate without the database ever holding the clear value.
/// </summary>
public sealed class PersonalDataProtector(PersonalDataKeys keys)
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public byte[] Encrypt(string value)
    {
        var plain = Encoding.UTF8.GetBytes(value);
        var sealedBytes = new byte[NonceSize + TagSize + plain.Length];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(keys.EncryptionKey, TagSize);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize));
        return sealedBytes;
    }

    public string Decrypt(byte[] sealedBytes)
    {
        var plain = new byte[sealedBytes.Length - NonceSize - TagSize];
        using var aes = new AesGcm(keys.EncryptionKey, TagSize);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize + TagSize),
            sealedBytes.AsSpan(NonceSize, TagSize), plain);
        return Encoding.UTF8.GetString(plain);
    }

    public byte[] Hash(string value) => HMACSHA256.HashData(keys.HashKey, Encoding.UTF8.GetBytes(value));
}
