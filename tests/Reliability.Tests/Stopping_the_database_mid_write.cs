using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Platform.Testing;

namespace Platform.Reliability.Tests;

/// <summary>
/// PostgreSQL (the AppHost's "postgres" resource) killed -9 with all its backends while four clients keep
/// registering volunteers through the gateway. Requests fail fast with a 503 problem, nothing is published for a write
/// that did not commit, and the platform recovers by itself once Aspire has started the server again.
/// </summary>
public sealed class Stopping_the_database_mid_write(ReliabilityFixture fixture)
{
    private const int Series = 900;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private readonly ConcurrentQueue<Attempt> _attempts = new();
    private int _next;
    private string _community = "";

    private int Created => _attempts.Count(a => a.Status == HttpStatusCode.Created);

    [Fact]
    public async Task Fails_fast_with_503_publishes_nothing_for_failed_writes_and_recovers()
    {
        await fixture.Processes.WaitAllHealthyAsync(ReliabilityFixture.Resources, TestContext.Current.CancellationToken);
        _community = await fixture.CommunityAsync(3, "和平社区");
        using var stop = new CancellationTokenSource();
        var writers = Task.WhenAll(Enumerable.Range(0, 4).Select(_ => WriteUntilAsync(stop.Token)));

        await Eventually.UntilAsync(() => Task.FromResult(Created >= 20), TimeSpan.FromMinutes(1), "20 registrations before the fault", TestContext.Current.CancellationToken);
        var fault = await fixture.Processes.KillAsync("postgres");
        await Eventually.UntilAsync(() => Task.FromResult(_attempts.Count(a => a.Status != HttpStatusCode.Created) >= 5), TimeSpan.FromMinutes(1),
            "5 refusals while the database is down", TestContext.Current.CancellationToken);
        var newPid = await fixture.Processes.StartAgainAsync(fault);
        var recovery = Stopwatch.StartNew();
        var createdAtRestart = Created;
        await Eventually.UntilAsync(() => Task.FromResult(Created > createdAtRestart), TimeSpan.FromMinutes(2), "writes to succeed again", TestContext.Current.CancellationToken);
        var recoveredIn = recovery.Elapsed;
        await Eventually.UntilAsync(() => Task.FromResult(Created >= createdAtRestart + 20), TimeSpan.FromMinutes(1), "20 registrations after the fault", TestContext.Current.CancellationToken);
        await stop.CancelAsync();
        await writers;

        var attempts = _attempts.ToArray();
        var created = attempts.Where(a => a.Status == HttpStatusCode.Created).Select(a => a.Name).ToArray();
        var refused = attempts.Where(a => a.Status != HttpStatusCode.Created).ToArray();
        var all = attempts.Select(a => a.Name).ToArray();
        var storedCreated = await StoredAsync(created);
        var storedRefused = await StoredAsync(refused.Select(a => a.Name).ToArray());
        var published = await fixture.CountAsync("volunteersdb", """
            SELECT count(*) FROM outbox_messages
            WHERE message_type LIKE 'Platform.Contracts.Volunteers.VolunteerRegistered%'
              AND (payload->>'volunteerId')::uuid IN (SELECT id FROM volunteers WHERE name = ANY(@names))
            """, ("names", all));
        Report.Add("PostgreSQL killed -9 mid-write, over the AppHost", $"{fault}, healthy again as pid {newPid}; 4 clients writing: " +
            $"{attempts.Length} registrations sent, {created.Length} committed (201), {refused.Length} refused " +
            $"(statuses {string.Join(", ", refused.GroupBy(r => (int)r.Status).Select(g => $"{g.Key}×{g.Count()}"))}, " +
            $"slowest refusal {refused.Max(r => r.Took).TotalSeconds:0.0} s); stored {storedCreated + storedRefused} " +
            $"({storedRefused} of them refused), VolunteerRegistered events {published}; writing again {recoveredIn.TotalSeconds:0.0} s after Aspire reported it healthy");

        Assert.NotEqual(fault.Pid, newPid);
        Assert.All(refused, r => Assert.Equal(HttpStatusCode.ServiceUnavailable, r.Status));
        Assert.All(refused, r => Assert.Equal("application/problem+json", r.ContentType));
        Assert.Equal(created.Length, storedCreated);
        // A refused write may still be stored only when the server died between its commit and the answer: then it must
        // have its event like any other, which the next line checks.
        Assert.Equal(storedCreated + storedRefused, published);
    }

    private async Task WriteUntilAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            _attempts.Enqueue(await RegisterAsync());
        }
    }

    /// <summary>One registration through the gateway; the client gives up after 30 s, so a hang is recorded as no answer (0) and fails the test.</summary>
    private async Task<Attempt> RegisterAsync()
    {
        var n = Interlocked.Increment(ref _next);
        var name = $"故障{Series}-{n}";
        var clock = Stopwatch.StartNew();
        try
        {
            using var cancel = new CancellationTokenSource(Deadline);
            using var response = await fixture.Gateway.PostAsJsonAsync("/api/volunteers/volunteers",
                new { name, idNumber = IdNumbers.For(Series, n), communityCode = _community }, cancel.Token);
            return new Attempt(name, response.StatusCode, response.Content.Headers.ContentType?.MediaType, clock.Elapsed);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return new Attempt(name, 0, ex.GetType().Name, clock.Elapsed);
        }
    }

    private Task<long> StoredAsync(string[] names) =>
        fixture.CountAsync("volunteersdb", "SELECT count(*) FROM volunteers WHERE name = ANY(@names)", ("names", names));

    private sealed record Attempt(string Name, HttpStatusCode Status, string? ContentType, TimeSpan Took);
}
