using Npgsql;

namespace Platform.Testing;

/// <summary>
/// The content of every table of every service database (outbox, inbox and audit included) as an md5 of its rows'
/// text in order, with the row count: any insert, delete or changed column (a version bump, a timestamp) changes it,
/// where a count would miss an update.
/// </summary>
public static class DatabaseChecksums
{
    public static async Task<SortedDictionary<string, string>> TakeAsync(LocalServers servers, IEnumerable<string> services, CancellationToken cancellationToken)
    {
        var sums = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var service in services)
        {
            await using var connection = new NpgsqlConnection(servers.PostgresConnectionString($"{service}_tests"));
            await connection.OpenAsync(cancellationToken);
            foreach (var table in await DatabaseCounts.TablesAsync(connection, cancellationToken))
            {
                await using var sum = new NpgsqlCommand(
                    $"SELECT count(*) || '|' || md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) FROM {table} t", connection);
                sums[$"{service}:{table}"] = (string)(await sum.ExecuteScalarAsync(cancellationToken))!;
            }
        }

        return sums;
    }

    /// <summary>Checksums once nothing moves any more: consumers of earlier writes' events have finished.</summary>
    public static async Task<SortedDictionary<string, string>> SettledAsync(LocalServers servers, IReadOnlyList<string> services, CancellationToken cancellationToken)
    {
        var previous = await TakeAsync(servers, services, cancellationToken);
        SortedDictionary<string, string>? settled = null;
        await Eventually.UntilAsync(async () =>
        {
            var current = await TakeAsync(servers, services, cancellationToken);
            var same = current.SequenceEqual(previous);
            previous = current;
            settled = same ? current : null;
            return same;
        }, TimeSpan.FromSeconds(60), "the databases to settle", cancellationToken);
        return settled!;
    }

    /// <summary>The tables whose content differs, as "service:table: 3 → 4 rows" or "service:table: 3 rows changed".</summary>
    public static List<string> Changed(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        [.. after.Keys.Union(before.Keys).Order(StringComparer.Ordinal)
            .Where(table => before.GetValueOrDefault(table) != after.GetValueOrDefault(table))
            .Select(table => (table, was: Rows(before.GetValueOrDefault(table)), now: Rows(after.GetValueOrDefault(table))))
            .Select(t => t.was == t.now ? $"{t.table}: {t.now} rows changed" : $"{t.table}: {t.was} → {t.now} rows")];

    private static string Rows(string? checksum) => checksum is null ? "absent" : checksum[..checksum.IndexOf('|', StringComparison.Ordinal)];
}
