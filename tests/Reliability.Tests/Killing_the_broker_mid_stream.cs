namespace Platform.Reliability.Tests;

/// <summary>Issue 11: RabbitMQ killed (-9) while 10,000 events flow, then started again.</summary>
public sealed class Killing_the_broker_mid_stream(ReliabilityFixture fixture)
{
    [Fact]
    public async Task Loses_and_doubles_nothing_once_drained()
    {
        var stream = new RedemptionStream(fixture, 10_000);
        await stream.SendAsync();
        await stream.WaitUntilAnsweredAsync(1_000, TimeSpan.FromMinutes(2));

        fixture.Servers.RabbitMq.Kill();
        var answeredAtKill = await stream.AnsweredAsync();
        await fixture.Servers.RabbitMq.StartAsync(TimeSpan.FromMinutes(2));
        var outcome = await stream.DrainAsync(TimeSpan.FromMinutes(5));

        Report.Add("broker killed -9 mid-stream", $"{outcome}; {answeredAtKill} answered when killed");
        Assert.True(answeredAtKill < outcome.Sent, "the broker died mid-stream, not after it");
        Assert.Equal(0, outcome.Lost);
        Assert.Equal(0, outcome.Doubled);
    }
}
