using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using StackExchange.Redis;

namespace Platform.Web.Account;

/// <summary>
/// The signed-in users' tokens in Redis, encrypted with the console's data-protection keys, under a random session key
/// that is the only thing the (encrypted) cookie carries. Any replica of the console finds them; sign-out deletes them.
/// </summary>
public sealed class ConsoleSessions(IConnectionMultiplexer redis, IDataProtectionProvider protection)
{
    /// <summary>As long as a refresh token lives at Identity: past that, the user signs in again anyway.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    private readonly IDataProtector _protector = protection.CreateProtector("Platform.Web.ConsoleSessions");

    public async Task<string> CreateAsync(SessionTokens tokens)
    {
        var session = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        await SaveAsync(session, tokens);
        return session;
    }

    public Task SaveAsync(string session, SessionTokens tokens) =>
        redis.GetDatabase().StringSetAsync(Key(session), _protector.Protect(JsonSerializer.SerializeToUtf8Bytes(tokens)), Lifetime);

    public async Task<SessionTokens?> FindAsync(string session)
    {
        var value = await redis.GetDatabase().StringGetAsync(Key(session));
        return value.IsNullOrEmpty ? null : JsonSerializer.Deserialize<SessionTokens>(_protector.Unprotect((byte[])value!));
    }

    public Task DeleteAsync(string session) => redis.GetDatabase().KeyDeleteAsync(Key(session));

    private static RedisKey Key(string session) => $"console:session:{session}";
}
