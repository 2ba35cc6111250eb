using Npgsql;
using NpgsqlTypes;

namespace Platform.Reporting.Statistics;

/// <summary>
/// The figures of a rebuild, computed in memory with the same rules as <see cref="StatisticsStore"/> and written with
/// binary COPY at the end: one pass over the facts instead of a round trip per fact.
/// </summary>
public sealed class InMemorySink : IStatisticsSink
{
    private readonly Dictionary<(string Region, DateOnly Month, string Figure), long> _monthly = [];
    private readonly Dictionary<(string Kind, string Key), StatItem> _items = [];

    public Task AddAsync(string regionCode, DateOnly month, string figure, long delta, CancellationToken ct)
    {
        _monthly[(regionCode, month, figure)] = _monthly.GetValueOrDefault((regionCode, month, figure)) + delta;
        return Task.CompletedTask;
    }

    public Task SetAsync(string kind, string key, string regionCode, string? category, bool active, long ordering,
        CancellationToken ct, long amount = 0, DateOnly? validUntil = null)
    {
        if (!_items.TryGetValue((kind, key), out var item) || item.Ordering <= ordering)
        {
            _items[(kind, key)] = new StatItem
            {
                Kind = kind, Key = key, RegionCode = regionCode, Category = category, Amount = amount, Active = active,
                ValidUntil = validUntil, Ordering = ordering,
            };
        }

        return Task.CompletedTask;
    }

    public Task EndAsync(string kind, string key, string regionCode, long ordering, CancellationToken ct)
    {
        if (!_items.TryGetValue((kind, key), out var item))
        {
            _items[(kind, key)] = new StatItem { Kind = kind, Key = key, RegionCode = regionCode, Active = false, Ordering = ordering };
        }
        else if (item.Ordering <= ordering)
        {
            item.Active = false;
            item.Ordering = ordering;
        }

        return Task.CompletedTask;
    }

    /// <summary>Writes everything into the (emptied) derived tables, inside the caller's transaction.</summary>
    public async Task WriteAsync(ReportingDb db, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using (var items = await connection.BeginBinaryImportAsync(
            "COPY stat_items (kind, key, region_code, category, amount, active, valid_until, ordering) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var i in _items.Values)
            {
                await items.WriteRowAsync(ct, i.Kind, i.Key, i.RegionCode, i.Category, i.Amount, i.Active, i.ValidUntil, i.Ordering);
            }

            await items.CompleteAsync(ct);
        }

        await using var monthly = await connection.BeginBinaryImportAsync(
            "COPY stat_monthly (region_code, month, figure, value) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var ((region, month, figure), value) in _monthly)
        {
            await monthly.StartRowAsync(ct);
            await monthly.WriteAsync(region, NpgsqlDbType.Varchar, ct);
            await monthly.WriteAsync(month, NpgsqlDbType.Date, ct);
            await monthly.WriteAsync(figure, NpgsqlDbType.Varchar, ct);
            await monthly.WriteAsync(value, NpgsqlDbType.Bigint, ct);
        }

        await monthly.CompleteAsync(ct);
    }
}
