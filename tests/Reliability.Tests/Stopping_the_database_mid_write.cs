using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Platform.Testing;

namespace Platform.Reliability.Tests;

/// <summary>
/// Issue 11: PostgreSQL (the AppHost's "postgres" resource) killed -9 with its backends while volunteers are being
/// registered through the gateway. Requests fail fast with a 503 problem, nothing is published for a write that did not
/// commit, and the platform recovers by itself once Aspire has started the server again.
/// </summary>
public sealed class Stopping_the_database_mid_write(ReliabilityFixture fixture)
{
    private const int Series = 900;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private int _next;
    private string _community = "";

    [Fact]
    public async Task Fails_fast_with_503_publishes_nothing_for_failed_writes_and_recovers()
    {
        await fixture.Processes.WaitAllHealthyAsync(ReliabilityFixture.Resources, TestContext.Current.CancellationToken);
        _community = await fixture.CommunityAsync(3, "和平社区");
        var created = new List<string>();
        var refused = new List<Attempt>();
        for (var i = 0; i < 10; i++)
        {
            created.Add((await RegisterAsync()).Expect(HttpStatusCode.Created).Name);
        }

        var fault = await fixture.Processes.KillAsync("postgres");
        for (var i = 0; i < 5; i++)
        {
            refused.Add(await RegisterAsync());
        }

        var newPid = await fixture.Processes.StartAgainAsync(fault);
        var recovery = Stopwatch.StartNew();
        await Eventually.UntilAsync(async () =>
        {
            var attempt = await RegisterAsync();
            if (attempt.Status == HttpStatusCode.Created)
            {
                created.Add(attempt.Name);
            }
            else
            {
                refused.Add(attempt);
            }

            return attempt.Status == HttpStatusCode.Created;
        }, TimeSpan.FromMinutes(2), "Volunteers to write again after the database came back", TestContext.Current.CancellationToken);
        var recoveredIn = recovery.Elapsed;
        for (var i = 0; i < 10; i++)
        {
            created.Add((await RegisterAsync()).Expect(HttpStatusCode.Created).Name);
        }

        var names = created.Concat(refused.Select(r => r.Name)).ToArray();
        var stored = await fixture.CountAsync("volunteersdb", "SELECT count(*) FROM volunteers WHERE name = ANY(@names)", ("names", names));
        var published = await fixture.CountAsync("volunteersdb", """
            SELECT count(*) FROM outbox_messages
            WHERE message_type LIKE 'Platform.Contracts.Volunteers.VolunteerRegistered%'
              AND (payload->>'volunteerId')::uuid IN (SELECT id FROM volunteers WHERE name = ANY(@names))
            """, ("names", names));
        Report.Add("PostgreSQL killed -9 mid-write, over the AppHost", $"{fault}, healthy again as pid {newPid}; {created.Count} writes committed, " +
            $"{refused.Count} refused while it was down (statuses {string.Join(", ", refused.Select(r => (int)r.Status).Distinct())}, " +
            $"slowest refusal {refused.Max(r => r.Took).TotalSeconds:0.0} s); stored {stored}, events published {published}; " +
            $"writing again {recoveredIn.TotalSeconds:0.0} s after Aspire reported it healthy");

        Assert.NotEqual(fault.Pid, newPid);
        Assert.All(refused, r => Assert.Equal(HttpStatusCode.ServiceUnavailable, r.Status));
        Assert.All(refused, r => Assert.Equal("application/problem+json", r.ContentType));
        Assert.Equal(created.Count, stored);
        Assert.Equal(created.Count, published);
    }

    /// <summary>One registration through the gateway; the client gives up after 30 s, so a hang fails the test.</summary>
    private async Task<Attempt> RegisterAsync()
    {
        var n = Interlocked.Increment(ref _next);
        var name = $"故障{Series}-{n}";
        var clock = Stopwatch.StartNew();
        using var cancel = new CancellationTokenSource(Deadline);
        using var response = await fixture.Gateway.PostAsJsonAsync("/api/volunteers/volunteers",
            new { name, idNumber = IdNumbers.For(Series, n), communityCode = _community }, cancel.Token);
        return new Attempt(name, response.StatusCode, response.Content.Headers.ContentType?.MediaType, clock.Elapsed);
    }

    private sealed record Attempt(string Name, HttpStatusCode Status, string? ContentType, TimeSpan Took)
    {
        public Attempt Expect(HttpStatusCode status)
        {
            Assert.True(Status == status, $"{Name}: {Status}");
            return this;
        }
    }
}
