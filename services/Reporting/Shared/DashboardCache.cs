using System.Text.Json;
using StackExchange.Redis;

namespace Platform.Reporting.Shared;

/// <summary>
/// Dashboard reads cached in Redis under a version per region. A change bumps the version of the community and of every
/// ancestor after it commits, so a reader that starts after the commit never finds the old entry, and a reader that
/// computed from the old data stores it under the old version, which nobody reads again. Safe to lose: the truth is
/// in PostgreSQL.
/// </summary>
public sealed class DashboardCache(IConnectionMultiplexer redis, ILogger<DashboardCache> logger)
{
    private const string Epoch = "reporting:epoch";
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public async Task<T> GetOrAddAsync<T>(string view, string regionCode, Func<Task<T>> compute)
    {
        try
        {
            return await GetOrAddCachedAsync(view, regionCode, compute);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            // The cache is safe to lose: answer from PostgreSQL.
            logger.LogWarning(ex, "Dashboard cache unavailable; {View} of {Region} read from the database", view, regionCode);
            return await compute();
        }
    }

    private async Task<T> GetOrAddCachedAsync<T>(string view, string regionCode, Func<Task<T>> compute)
    {
        var cache = redis.GetDatabase();
        var versions = await cache.StringGetAsync([Epoch, VersionKey(regionCode)]);
        var key = $"reporting:{view}:{regionCode}:{(long?)versions[0] ?? 0}:{(long?)versions[1] ?? 0}";
        if (await cache.StringGetAsync(key) is { HasValue: true } cached)
        {
            return JsonSerializer.Deserialize<T>((string)cached!, Options)!;
        }

        var value = await compute();
        await cache.StringSetAsync(key, JsonSerializer.Serialize(value, Options), Lifetime);
        return value;
    }

    /// <summary>Call after the change committed: every cached view of these regions and their ancestors is stale.</summary>
    public async Task InvalidateAsync(IEnumerable<string> regionCodes)
    {
        var keys = regionCodes.SelectMany(Ancestors).Distinct().Select(VersionKey).ToList();
        if (keys.Count == 0)
        {
            return;
        }

        try
        {
            var batch = redis.GetDatabase().CreateBatch();
            var bumps = keys.Select(k => batch.StringIncrementAsync(k)).ToList();
            batch.Execute();
            await Task.WhenAll(bumps);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            // The change is committed and must not be undone or retried for this; cached reads expire within the lifetime.
            logger.LogError(ex, "Dashboard cache not invalidated for {Regions}; cached reads may lag up to {Lifetime}", keys, Lifetime);
        }
    }

    /// <summary>After a rebuild nothing cached before is valid.</summary>
    public Task InvalidateAllAsync() => redis.GetDatabase().StringIncrementAsync(Epoch);

    /// <summary>The region and every region above it: 15 → 12 → 9 → county → city.</summary>
    public static IEnumerable<string> Ancestors(string code)
    {
        foreach (var length in new[] { 15, 12, 9, 6 })
        {
            if (code.Length >= length)
            {
                yield return code[..length];
            }
        }

        if (code.Length >= 4 && RegionCode.IsDigits(code))
        {
            yield return code[..4] + "00";
        }
    }

    private static string VersionKey(string regionCode) => $"reporting:v:{regionCode}";
}
