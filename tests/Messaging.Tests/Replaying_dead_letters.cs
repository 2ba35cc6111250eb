using Platform.Testing;

namespace Platform.Messaging.Tests;

[Collection(nameof(BrokerCollection))]
public sealed class Replaying_dead_letters(MessagingFixture fixture)
{
    private static readonly string ErrorQueue = MessagingFixture.PillQueue + "_error";

    [Fact]
    public async Task A_replay_moves_the_messages_present_when_it_starts_and_ends_though_they_fail_again()
    {
        var broker = fixture.Servers.RabbitMqFactory();
        var before = Math.Max(0, await broker.CountAsync(ErrorQueue));
        for (var i = 0; i < 3; i++)
        {
            await fixture.Bus.Publish(new PillSwallowed(Guid.CreateVersion7(), Poisoned: true), TestContext.Current.CancellationToken);
        }

        await Eventually.UntilAsync(() => broker.CountAsync(ErrorQueue), n => n == before + 3,
            TimeSpan.FromSeconds(90), "three poisoned messages to reach " + ErrorQueue, TestContext.Current.CancellationToken);

        // Every replayed message fails again and returns to the error queue while the replay runs: a replay that
        // drained the queue until empty would never end, and this token would end the test instead.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(60));
        var replayed = await new DeadLetters(fixture.Servers.RabbitMqConnectionString).ReplayAsync(MessagingFixture.PillQueue, deadline.Token);

        Assert.Equal((int)(before + 3), replayed);
        await Eventually.UntilAsync(() => broker.CountAsync(ErrorQueue), n => n == before + 3,
            TimeSpan.FromSeconds(90), "the replayed messages, failing again, to wait in " + ErrorQueue, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Replaying_a_queue_that_does_not_exist_finds_nothing()
    {
        var replayed = await new DeadLetters(fixture.Servers.RabbitMqConnectionString)
            .ReplayAsync("outbox-tests-no-such-queue", TestContext.Current.CancellationToken);

        Assert.Null(replayed);
    }
}
