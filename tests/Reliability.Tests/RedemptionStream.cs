using System.Diagnostics;
using Platform.Contracts.Charity;
using Platform.Testing;

namespace Platform.Reliability.Tests;

/// <summary>
/// A stream of uniquely identified redemption requests to Volunteers, and the ledger of what came of each: every
/// request must be answered (debited or refused) exactly once, whatever was killed on the way.
/// </summary>
public sealed class RedemptionStream(ReliabilityFixture fixture, int count)
{
    private const string Answers = """
        FROM outbox_messages
        WHERE message_type LIKE 'Platform.Contracts.Volunteers.PointsDebit%' AND payload->>'redemptionId' = ANY(@ids)
        """;

    private readonly string[] _ids = [.. Enumerable.Range(0, count).Select(_ => Guid.NewGuid().ToString())];

    public int Sent => _ids.Length;

    /// <summary>Written to the stand-in's outbox in batches, as a busy upstream service would; the relay sends them.</summary>
    public async Task SendAsync()
    {
        var supermarket = Guid.NewGuid();
        foreach (var batch in _ids.Chunk(500))
        {
            await fixture.PublishAsync(batch.Select(id =>
                new PointsRedemptionRequested(Guid.Parse(id), Guid.NewGuid(), 10, supermarket, DateTimeOffset.UtcNow)));
        }
    }

    public Task<long> AnsweredAsync() => fixture.CountAsync("SELECT count(DISTINCT payload->>'redemptionId') " + Answers, ("ids", _ids));

    public Task<long> AnswerRowsAsync() => fixture.CountAsync("SELECT count(*) " + Answers, ("ids", _ids));

    public Task WaitUntilAnsweredAsync(long atLeast, TimeSpan timeout) =>
        Eventually.UntilAsync(async () => await AnsweredAsync() >= atLeast, timeout, $"{atLeast} of {Sent} redemptions answered");

    /// <summary>Sent, applied, lost and doubled, once everything has drained.</summary>
    public async Task<Outcome> DrainAsync(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        await WaitUntilAnsweredAsync(Sent, timeout);
        var applied = await AnsweredAsync();
        var rows = await AnswerRowsAsync();
        return new Outcome(Sent, applied, Sent - applied, rows - applied, clock.Elapsed);
    }

    public sealed record Outcome(long Sent, long Applied, long Lost, long Doubled, TimeSpan DrainedIn)
    {
        public override string ToString() =>
            $"sent {Sent}, applied {Applied}, lost {Lost}, doubled {Doubled}, drained {DrainedIn.TotalSeconds:0.0} s after the fault";
    }
}
