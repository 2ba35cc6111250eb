using System.Diagnostics;
using Platform.Testing;

namespace Platform.Reliability.Tests;

/// <summary>
/// The consuming service (Reporting) killed -9 while 10,000 hours confirmations flow, then started again by
/// Aspire; the kill lands, by construction, after some messages' effects committed and before their acks.
/// </summary>
public sealed class Killing_the_consumer_mid_stream(ReliabilityFixture fixture)
{
    /// <summary>StackExchange.Redis's default async timeout: how long a cache call can hang before it fails.</summary>
    private static readonly TimeSpan CacheTimeout = TimeSpan.FromSeconds(5);

    [Fact]
    public Task Loses_and_doubles_nothing_once_drained() =>
        MidStreamKill.RunAsync(fixture, 2, "永前社区", "consumer (Reporting) killed -9 mid-stream, over the AppHost", KillBetweenEffectAndAckAsync);

    /// <summary>
    /// Reporting commits a message's effect and inbox row, then invalidates its Redis dashboard cache, and only then
    /// acknowledges. With Redis frozen (SIGSTOP), every message committed after the freeze waits in that call for up to
    /// the cache timeout: killing Reporting once at least one more has committed, well within that timeout, kills it
    /// between effect and ack. RabbitMQ redelivers those; the inbox must skip them.
    /// </summary>
    private async Task<(Fault, string)> KillBetweenEffectAndAckAsync(HoursStream stream)
    {
        await fixture.Processes.SignalAsync("cache", "STOP");
        var frozen = Stopwatch.StartNew();
        var appliedAtFreeze = await stream.AppliedAsync();
        Fault fault;
        try
        {
            await Eventually.UntilAsync(async () => await stream.AppliedAsync() > appliedAtFreeze, TimeSpan.FromSeconds(2),
                "a confirmation applied after Redis froze");
            fault = await fixture.Processes.KillAsync("reporting");
        }
        finally
        {
            await fixture.Processes.SignalAsync("cache", "CONT");
        }

        var killedAfter = frozen.Elapsed - fault.SinceKill.Elapsed;
        var unacked = await stream.AppliedAsync() - appliedAtFreeze;
        Assert.True(killedAfter < CacheTimeout, $"the kill came {killedAfter.TotalSeconds:0.0} s after the freeze, past the cache timeout");
        Assert.True(unacked > 0, "no effect was committed and left unacknowledged");
        return (fault, $" {unacked} confirmations committed after Redis froze and {killedAfter.TotalSeconds:0.0} s before the kill (< {CacheTimeout.TotalSeconds:0} s), so effect in and ack not sent;");
    }
}
