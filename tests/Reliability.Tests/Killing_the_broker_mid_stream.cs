namespace Platform.Reliability.Tests;

/// <summary>RabbitMQ (the AppHost's "messaging" resource) killed -9 while 10,000 hours confirmations flow, then started again by Aspire.</summary>
public sealed class Killing_the_broker_mid_stream(ReliabilityFixture fixture)
{
    [Fact]
    public Task Loses_and_doubles_nothing_once_drained() =>
        MidStreamKill.RunAsync(fixture, 1, "龙镇社区", "messaging", "broker (messaging) killed -9 mid-stream, over the AppHost");
}
