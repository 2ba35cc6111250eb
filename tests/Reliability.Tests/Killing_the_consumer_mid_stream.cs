namespace Platform.Reliability.Tests;

/// <summary>Issue 11: the consuming service killed (-9) while 10,000 events flow, then started again.</summary>
public sealed class Killing_the_consumer_mid_stream(ReliabilityFixture fixture)
{
    [Fact]
    public async Task Loses_and_doubles_nothing_once_drained()
    {
        var stream = new RedemptionStream(fixture, 10_000);
        await stream.SendAsync();
        await stream.WaitUntilAnsweredAsync(1_000, TimeSpan.FromMinutes(2));

        // At this rate a kill lands between a message's effect (committed) and its acknowledgement more often than not.
        await fixture.Volunteers.KillAsync();
        var answeredAtKill = await stream.AnsweredAsync();
        await fixture.StartVolunteersAsync();
        var outcome = await stream.DrainAsync(TimeSpan.FromMinutes(5));

        Report.Add("consumer (Volunteers) killed -9 mid-stream", $"{outcome}; {answeredAtKill} answered when killed");
        Assert.True(answeredAtKill < outcome.Sent, "the consumer died mid-stream, not after it");
        Assert.Equal(0, outcome.Lost);
        Assert.Equal(0, outcome.Doubled);
    }
}
