using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace Platform.PersonalData;

/// <summary>The encryption key and the hash key, read from <c>{section}:PersonalDataKey</c> and <c>{section}:PersonalDataHashKey</c>.</summary>
public sealed class PersonalDataKeys
{
    /// <summary>Keys of 32 bytes each (AES-256 and HMAC-SHA256).</summary>
    public PersonalDataKeys(byte[] encryptionKey, byte[] hashKey)
    {
        if (encryptionKey.Length != 32 || hashKey.Length != 32)
        {
            throw new ArgumentException("Both personal-data keys must be 32 bytes.");
        }

        EncryptionKey = encryptionKey;
        HashKey = hashKey;
    }

    public byte[] EncryptionKey { get; }
    public byte[] HashKey { get; }

    public static PersonalDataKeys From(IConfiguration configuration, string section) =>
        new(Read(configuration, $"{section}:PersonalDataKey"), Read(configuration, $"{section}:PersonalDataHashKey"));

    /// <summary>A fresh base64 key of 32 bytes (for tests and for operators setting up an environment).</summary>
    public static string Generate() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>
    /// A base64 value of 32 bytes is the key itself. A generated Aspire parameter is a long random string rather than
    /// base64, so any other secret of at least 32 characters is stretched to 32 bytes with HKDF-SHA256.
    /// </summary>
    private static byte[] Read(IConfiguration configuration, string name)
    {
        var value = configuration[name];
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException($"Configuration '{name}' (a base64 key of 32 bytes) is not set.");
        }

        var buffer = new byte[value.Length];
        if (Convert.TryFromBase64String(value, buffer, out var written) && written == 32)
        {
            return buffer[..32];
        }

        if (value.Length < 32)
        {
            throw new InvalidOperationException($"Configuration '{name}' must be a base64 key of 32 bytes or a secret of at least 32 characters.");
        }

        return HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(value), 32, info: Encoding.UTF8.GetBytes(name));
    }
}
