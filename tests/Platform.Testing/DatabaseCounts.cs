using Npgsql;

namespace Platform.Testing;

/// <summary>Rows in every table of every service database (outbox included): a write anywhere changes it.</summary>
public static class DatabaseCounts
{
    public static async Task<SortedDictionary<string, long>> TakeAsync(LocalServers servers, IEnumerable<string> services, CancellationToken cancellationToken)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var service in services)
        {
            await using var connection = new NpgsqlConnection(servers.PostgresConnectionString($"{service}_tests"));
            await connection.OpenAsync(cancellationToken);
            foreach (var table in await TablesAsync(connection, cancellationToken))
            {
                await using var count = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
                counts[$"{service}:{table}"] = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
            }
        }

        return counts;
    }

    /// <summary>Every base table of the connection's database, schema-qualified and quoted.</summary>
    public static async Task<IReadOnlyList<string>> TablesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var tables = new List<string>();
        await using var list = new NpgsqlCommand(
            "SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables " +
            "WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1", connection);
        await using var reader = await list.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    /// <summary>Counts once nothing moves any more: consumers of earlier tests' events have finished.</summary>
    public static async Task<SortedDictionary<string, long>> SettledAsync(LocalServers servers, IReadOnlyList<string> services, CancellationToken cancellationToken)
    {
        var previous = await TakeAsync(servers, services, cancellationToken);
        SortedDictionary<string, long>? settled = null;
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
}
