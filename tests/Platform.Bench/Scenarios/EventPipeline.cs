using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using Npgsql;
using Platform.Bench.Harness;
using Platform.Testing;

namespace Platform.Bench.Scenarios;

/// <summary>
/// Comparison 4: volunteers registered over HTTP (Volunteers commits the row and its event, the relay publishes it,
/// Reporting applies it once) until Reporting holds the fact. First the maximum rate (16 in flight for a few
/// seconds), then a fixed rate of half of it; latency is Reporting's apply time minus the registration time.
/// </summary>
public static class EventPipeline
{
    private const string County = "511621";
    private static int s_next;

    private sealed record Registered(Guid Id);

    public static async Task<BenchRow> RunAsync(BenchPlatform platform, BenchOptions options)
    {
        var burst = Stopwatch.StartNew();
        var burstIds = new ConcurrentBag<Guid>();
        await Parallel.ForEachAsync(Enumerable.Range(0, int.MaxValue).TakeWhile(_ => burst.Elapsed < TimeSpan.FromSeconds(5)),
            new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (_, ct) => burstIds.Add(await RegisterAsync(platform, ct)));
        var maximum = burstIds.Count / burst.Elapsed.TotalSeconds;
        var rate = maximum / 2;

        var ids = new ConcurrentBag<Guid>();
        var interval = TimeSpan.FromSeconds(1 / rate);
        var duration = options.Duration * 2;
        var paced = Stopwatch.StartNew();
        var inFlight = new List<Task>();
        for (var n = 0; paced.Elapsed < duration; n++)
        {
            var due = interval * n;
            if (due > paced.Elapsed)
            {
                await Task.Delay(due - paced.Elapsed);
            }

            inFlight.Add(Task.Run(async () => ids.Add(await RegisterAsync(platform, CancellationToken.None))));
        }

        await Task.WhenAll(inFlight);
        var sent = ids.Concat(burstIds).ToArray();
        var drained = Stopwatch.StartNew();
        await Eventually.UntilAsync(async () => (await FactsAsync(platform, sent)).Distinct == sent.Length, TimeSpan.FromMinutes(2), "Reporting to apply every registration");
        var (distinct, total, p50, p99) = await FactsAsync(platform, [.. ids]);
        var all = await FactsAsync(platform, sent);
        var (relayP50, relayP99) = await RelayAsync(platform, [.. ids]);
        return new BenchRow(4, "event pipeline: HTTP registration in Volunteers → outbox → RabbitMQ → Reporting's statistics, at half the maximum rate",
            $"maximum {maximum.F("0")} registrations/s (16 in flight); at {rate.F("0")}/s for {duration.TotalSeconds} s: p50 {p50.F("0")} ms, p99 {p99.F("0")} ms " +
            $"from commit to applied, of which commit → published by the outbox relay p50 {relayP50.F("0")} ms, p99 {relayP99.F("0")} ms " +
            $"(the rest is broker and Reporting's consumer); sent {sent.Length}, applied {all.Distinct}, lost {sent.Length - all.Distinct}, doubled {all.Total - all.Distinct}; " +
            $"backlog drained {drained.Elapsed.TotalSeconds.F("0.0")} s after the last write",
            "p99 ≤ 1 s, zero lost, zero doubled", p99 <= 1000 && all.Distinct == sent.Length && all.Total == all.Distinct ? "yes" : "no", "",
            new { maximum, rate, sent = sent.Length, paced = distinct, total, p50, p99, relayP50, relayP99 });
    }

    private static async Task<Guid> RegisterAsync(BenchPlatform platform, CancellationToken cancellationToken)
    {
        var n = Interlocked.Increment(ref s_next);
        using var response = await platform.Http.PostAsJsonAsync(new Uri(platform.Direct("volunteers"), "/api/volunteers/volunteers"), new
        {
            name = $"管道{n}", idNumber = SyntheticVolunteers.IdNumber(County, n), communityCode = BenchPlatform.OtherCommunity,
        }, cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Registered>(cancellationToken))!.Id;
    }

    /// <summary>How long each registration's event waited in Volunteers' outbox before the relay had it confirmed by the broker.</summary>
    private static async Task<(double P50, double P99)> RelayAsync(BenchPlatform platform, Guid[] ids)
    {
        await using var connection = new NpgsqlConnection(platform.Servers.PostgresConnectionString("volunteers_bench"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT coalesce(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM sent_at - occurred_at)), 0) * 1000,
                   coalesce(percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM sent_at - occurred_at)), 0) * 1000
            FROM outbox_messages
            WHERE message_type LIKE 'Platform.Contracts.Volunteers.VolunteerRegistered%' AND payload->>'volunteerId' = ANY(@keys)
            """, connection);
        command.Parameters.AddWithValue("keys", ids.Select(id => id.ToString()).ToArray());
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetDouble(0), reader.GetDouble(1));
    }

    private static async Task<(long Distinct, long Total, double P50, double P99)> FactsAsync(BenchPlatform platform, Guid[] ids)
    {
        await using var connection = new NpgsqlConnection(platform.Servers.PostgresConnectionString("reporting_bench"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT count(DISTINCT payload->>'volunteerId'), count(*),
                   coalesce(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM received_at - (payload->>'registeredAt')::timestamptz)), 0) * 1000,
                   coalesce(percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM received_at - (payload->>'registeredAt')::timestamptz)), 0) * 1000
            FROM stat_facts WHERE message_type = 'VolunteerRegistered' AND (payload->>'volunteerId')::uuid = ANY(@ids)
            """, connection);
        command.Parameters.AddWithValue("ids", ids);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetDouble(2), reader.GetDouble(3));
    }
}
