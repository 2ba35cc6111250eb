using System.Diagnostics;
using Platform.Testing;

namespace Platform.Reliability.Tests;

/// <summary>
/// A resource of the AppHost killed -9 while 10,000 hours confirmations flow (once Reporting has applied 1,000 of them),
/// started again with Aspire's start command while the organisers keep confirming, and the ledger read once drained.
/// </summary>
public static class MidStreamKill
{
    public static Task RunAsync(ReliabilityFixture fixture, int scenario, string community, string resource, string label) =>
        RunAsync(fixture, scenario, community, label, async _ => (await fixture.Processes.KillAsync(resource), ""));

    /// <param name="kill">Kills a resource mid-stream; returns the fault and what else it observed.</param>
    public static async Task RunAsync(ReliabilityFixture fixture, int scenario, string community, string label,
        Func<HoursStream, Task<(Fault Fault, string Note)>> kill)
    {
        await fixture.Processes.WaitAllHealthyAsync(ReliabilityFixture.Resources, TestContext.Current.CancellationToken);
        var stream = await HoursStream.PrepareAsync(fixture, scenario, community, 10_000);

        var clock = Stopwatch.StartNew();
        var sending = stream.SendAsync();
        await Eventually.UntilAsync(async () => await stream.AppliedAsync() >= 1_000, TimeSpan.FromMinutes(2), "1,000 confirmations applied");
        var (fault, note) = await kill(stream);
        var atKill = await stream.LedgerAsync();
        var rate = atKill.Applied / clock.Elapsed.TotalSeconds;
        var newPid = await fixture.Processes.StartAgainAsync(fault);
        var downFor = fault.SinceKill.Elapsed;
        await sending;
        var sentBy = fault.SinceKill.Elapsed;
        var outcome = await stream.DrainAsync(TimeSpan.FromMinutes(3));
        var drainedIn = fault.SinceKill.Elapsed;

        Report.Add(label, $"{fault}, healthy again as pid {newPid} {downFor.TotalSeconds:0.0} s later;{note} when killed: confirmed {atKill.Confirmed}, " +
            $"applied {atKill.Applied} (about {rate:0} a second); {outcome}; answers {stream.Answers}; the last confirmation answered {sentBy.TotalSeconds:0.0} s and everything drained " +
            $"{drainedIn.TotalSeconds:0.0} s after the kill (deadline: 3 min after the last confirmation)");
        Assert.NotEqual(fault.Pid, newPid);
        Assert.True(atKill.Applied < outcome.Sent, $"{fault.Resource} died mid-stream, not after it");
        Assert.Equal(outcome.Sent, outcome.Answered);
        Assert.Equal(outcome.Sent, outcome.Confirmed);
        Assert.Equal(outcome.Confirmed, outcome.PointsCredited);
        Assert.Equal(outcome.Confirmed, outcome.Published);
        Assert.Equal(0, outcome.Lost);
        Assert.Equal(0, outcome.Doubled);
        Assert.Equal(outcome.Applied, outcome.InboxRows);
    }
}
