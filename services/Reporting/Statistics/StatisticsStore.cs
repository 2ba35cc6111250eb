namespace Platform.Reporting.Statistics;

/// <summary>
/// Writes derived figures with single upserts, so concurrent consumers add to the same counter without lost updates
/// and an older event never overwrites a newer state. Runs inside the caller's transaction.
/// </summary>
public sealed class StatisticsStore(ReportingDb db) : IStatisticsSink
{
    /// <summary>The regions whose figures the writes so far have changed (communities, or the region of a centre).</summary>
    public HashSet<string> Touched { get; } = [];

    public async Task AddAsync(string regionCode, DateOnly month, string figure, long delta, CancellationToken ct)
    {
        Touched.Add(regionCode);
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO stat_monthly (region_code, month, figure, value) VALUES ({regionCode}, {month}, {figure}, {delta})
            ON CONFLICT (region_code, month, figure) DO UPDATE SET value = stat_monthly.value + excluded.value
            """, ct);
    }

    public async Task SetAsync(string kind, string key, string regionCode, string? category, bool active, long ordering,
        CancellationToken ct, long amount = 0, DateOnly? validUntil = null)
    {
        Touched.Add(regionCode);
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO stat_items (kind, key, region_code, category, amount, active, valid_until, ordering)
            VALUES ({kind}, {key}, {regionCode}, {category}, {amount}, {active}, {validUntil}, {ordering})
            ON CONFLICT (kind, key) DO UPDATE SET region_code = excluded.region_code, category = excluded.category,
                amount = excluded.amount, active = excluded.active, valid_until = excluded.valid_until, ordering = excluded.ordering
            WHERE stat_items.ordering <= excluded.ordering
            """, ct);
    }

    public async Task EndAsync(string kind, string key, string regionCode, long ordering, CancellationToken ct)
    {
        Touched.Add(regionCode);
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO stat_items (kind, key, region_code, category, amount, active, valid_until, ordering)
            VALUES ({kind}, {key}, {regionCode}, NULL, 0, FALSE, NULL, {ordering})
            ON CONFLICT (kind, key) DO UPDATE SET active = FALSE, ordering = excluded.ordering
            WHERE stat_items.ordering <= excluded.ordering
            """, ct);
    }

    /// <summary>Forgets every derived figure (the facts and the service's own records stay).</summary>
    public Task<int> ClearAsync(CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync("TRUNCATE stat_items, stat_monthly", ct);
}
