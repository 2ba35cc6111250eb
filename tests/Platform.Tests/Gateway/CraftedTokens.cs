using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Npgsql;
using Platform.Testing;

namespace Platform.Tests.Gateway;

/// <summary>Access tokens made by hand: with a key nobody trusts, or with Identity's real key but already expired.</summary>
internal static class CraftedTokens
{
    public static RsaSecurityKey ForgedKey() => Keyed(RSA.Create(2048));

    /// <summary>Identity's development signing key, read from its database as a test with database access can.</summary>
    public static async Task<RsaSecurityKey> IdentitySigningKeyAsync(LocalServers servers)
    {
        await using var connection = new NpgsqlConnection(servers.PostgresConnectionString("identity_tests"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT private_key FROM stored_keys WHERE purpose = 'signing'", connection);
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey((byte[])(await command.ExecuteScalarAsync())!, out _);
        return Keyed(rsa);
    }

    public static string Create(RsaSecurityKey key, bool expired, Uri issuer)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer.ToString(),
            TokenType = "at+jwt",
            IssuedAt = now.AddHours(expired ? -2 : 0),
            NotBefore = now.AddHours(expired ? -2 : 0),
            Expires = now.AddHours(expired ? -1 : 1),
            Subject = new ClaimsIdentity([new("sub", "crafted"), new("role", "city-admin"), new("region", "511600"), new("jti", Guid.NewGuid().ToString())]),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    private static RsaSecurityKey Keyed(RSA rsa) =>
        new(rsa) { KeyId = Base64UrlEncoder.Encode(SHA256.HashData(rsa.ExportRSAPublicKey()))[..16] };
}
