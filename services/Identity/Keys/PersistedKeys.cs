using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using Platform.Identity.Data;

namespace Platform.Identity.Keys;

/// <summary>
/// Gives the token server its signing and encryption keys: from configuration (<c>Identity:Keys:Signing</c> and
/// <c>Identity:Keys:Encryption</c>, RSA private keys in PEM) where given, which production requires; otherwise keys
/// generated once and stored in Identity's database. Either way they survive restarts and are shared by replicas.
/// </summary>
internal sealed class PersistedKeys(IServiceScopeFactory scopes, IConfiguration configuration, IHostEnvironment environment)
    : IConfigureOptions<OpenIddictServerOptions>
{
    public void Configure(OpenIddictServerOptions options)
    {
        options.SigningCredentials.Add(new SigningCredentials(Load(StoredKey.Signing), SecurityAlgorithms.RsaSha256));
        options.EncryptionCredentials.Add(new EncryptingCredentials(Load(StoredKey.Encryption),
            SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
    }

    private RsaSecurityKey Load(string purpose)
    {
        var rsa = RSA.Create();
        if (configuration[$"Identity:Keys:{Capitalised(purpose)}"] is { Length: > 0 } pem)
        {
            rsa.ImportFromPem(pem);
        }
        else if (environment.IsProduction())
        {
            throw new InvalidOperationException($"Identity:Keys:{Capitalised(purpose)} must hold an RSA private key (PEM) in production.");
        }
        else
        {
            rsa.ImportPkcs8PrivateKey(StoredOrCreated(purpose), out _);
        }

        // A stable key id lets validators that cached the discovery document find the key after a restart.
        return new RsaSecurityKey(rsa) { KeyId = Base64UrlEncoder.Encode(SHA256.HashData(rsa.ExportRSAPublicKey()))[..16] };
    }

    /// <remarks>Options are built synchronously; this runs once per process, on the first request, after migrations.</remarks>
    private byte[] StoredOrCreated(string purpose)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDb>();
        if (db.StoredKeys.AsNoTracking().FirstOrDefault(k => k.Purpose == purpose) is { } stored)
        {
            return stored.PrivateKey;
        }

        using var rsa = RSA.Create(2048);
        db.StoredKeys.Add(new StoredKey { Purpose = purpose, PrivateKey = rsa.ExportPkcs8PrivateKey(), CreatedAt = DateTimeOffset.UtcNow });
        try
        {
            db.SaveChanges();
        }
        catch (DbUpdateException)
        {
            // Another replica created it first: use theirs.
            db.ChangeTracker.Clear();
        }

        return db.StoredKeys.AsNoTracking().First(k => k.Purpose == purpose).PrivateKey;
    }

    private static string Capitalised(string purpose) => char.ToUpperInvariant(purpose[0]) + purpose[1..];
}
