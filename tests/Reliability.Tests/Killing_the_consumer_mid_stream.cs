namespace Platform.Reliability.Tests;

/// <summary>
/// Issue 11: the consuming service (Reporting) killed -9 while 10,000 hours confirmations flow, then started again by
/// Aspire. It applies hundreds a second with several messages in flight, each committing its effect and inbox row before
/// its ack: a kill at that rate lands between some message's commit and its ack, which redelivers it to the inbox.
/// </summary>
public sealed class Killing_the_consumer_mid_stream(ReliabilityFixture fixture)
{
    [Fact]
    public Task Loses_and_doubles_nothing_once_drained() =>
        MidStreamKill.RunAsync(fixture, 2, "永前社区", "reporting", "consumer (Reporting) killed -9 mid-stream, over the AppHost");
}
