using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Platform.PersonalData;
using Platform.Testing;

namespace Platform.Reliability.Tests;

/// <summary>
/// Issue 11: PostgreSQL stopped while volunteers are being registered. Requests fail fast with a 503 problem, nothing
/// is published for a write that did not commit, and the service recovers by itself when the database returns.
/// </summary>
public sealed class Stopping_the_database_mid_write(ReliabilityFixture fixture)
{
    private static readonly string Run = DateTime.UtcNow.ToString("HHmmssfff", CultureInfo.InvariantCulture);
    private int _next;

    [Fact]
    public async Task Fails_fast_with_503_publishes_nothing_for_failed_writes_and_recovers()
    {
        var created = new List<string>();
        var refused = new List<(string Name, HttpStatusCode Status, string? Type, TimeSpan Took)>();
        for (var i = 0; i < 10; i++)
        {
            created.Add(await RegisterExpectingAsync(HttpStatusCode.Created));
        }

        await fixture.Servers.Postgres.StopAsync("INT");
        for (var i = 0; i < 5; i++)
        {
            refused.Add(await RegisterAsync());
        }

        await fixture.Servers.Postgres.StartAsync(TimeSpan.FromMinutes(1));
        var recovery = Stopwatch.StartNew();
        await Eventually.UntilAsync(async () =>
        {
            var attempt = await RegisterAsync();
            if (attempt.Status == HttpStatusCode.Created)
            {
                created.Add(attempt.Name);
                return true;
            }

            refused.Add(attempt);
            return false;
        }, TimeSpan.FromMinutes(2), "the service to write again after the database came back", TestContext.Current.CancellationToken);
        var recoveredIn = recovery.Elapsed;
        for (var i = 0; i < 10; i++)
        {
            created.Add(await RegisterExpectingAsync(HttpStatusCode.Created));
        }

        var stored = await StoredAsync(created.Concat(refused.Select(r => r.Name)));
        var published = await PublishedForAsync(created.Concat(refused.Select(r => r.Name)));
        Report.Add("PostgreSQL stopped mid-write", $"{created.Count} writes committed, {refused.Count} refused while it was down " +
            $"(statuses {string.Join(", ", refused.Select(r => (int)r.Status).Distinct())}, slowest refusal {refused.Max(r => r.Took).TotalSeconds:0.0} s); " +
            $"stored {stored}, events published {published}; writing again {recoveredIn.TotalSeconds:0.0} s after the restart");

        Assert.All(refused, r => Assert.Equal(HttpStatusCode.ServiceUnavailable, r.Status));
        Assert.All(refused, r => Assert.Equal("application/problem+json", r.Type));
        Assert.Equal(created.Count, stored);
        Assert.Equal(created.Count, published);
    }

    private async Task<string> RegisterExpectingAsync(HttpStatusCode expected)
    {
        var attempt = await RegisterAsync();
        Assert.True(attempt.Status == expected, $"{attempt.Name}: {attempt.Status}");
        return attempt.Name;
    }

    /// <summary>One registration; the client gives up after 30 s, so a hang fails the test.</summary>
    private async Task<(string Name, HttpStatusCode Status, string? Type, TimeSpan Took)> RegisterAsync()
    {
        var n = Interlocked.Increment(ref _next);
        var name = $"故障{Run}-{n}";
        var first17 = string.Create(CultureInfo.InvariantCulture, $"511603{new DateOnly(1960, 1, 1).AddDays(n):yyyyMMdd}{Run[^3..]}");
        var clock = Stopwatch.StartNew();
        using var response = await fixture.Http.PostAsJsonAsync("/api/volunteers/volunteers", new
        {
            name, idNumber = first17 + ResidentIdNumber.CheckCharacter(first17), communityCode = ReliabilityFixture.Community,
        });
        return (name, response.StatusCode, response.Content.Headers.ContentType?.MediaType, clock.Elapsed);
    }

    private Task<long> StoredAsync(IEnumerable<string> names) =>
        fixture.CountAsync("SELECT count(*) FROM volunteers WHERE name = ANY(@names)", ("names", names.ToArray()));

    private Task<long> PublishedForAsync(IEnumerable<string> names) => fixture.CountAsync("""
        SELECT count(*) FROM outbox_messages
        WHERE message_type LIKE 'Platform.Contracts.Volunteers.VolunteerRegistered%'
          AND (payload->>'volunteerId')::uuid IN (SELECT id FROM volunteers WHERE name = ANY(@names))
        """, ("names", names.ToArray()));
}
