using MassTransit;
using Microsoft.EntityFrameworkCore;
using Platform.Testing;

namespace Platform.Messaging.Tests;

/// <summary>These tests stop the broker, so they run one at a time in one collection.</summary>
[Collection(nameof(BrokerCollection))]
public sealed class Relaying_events_through_the_outbox(MessagingFixture fixture)
{
    [Fact]
    public async Task A_committed_event_is_consumed_once()
    {
        var id = await fixture.AddNoteAsync("committed");

        await fixture.WaitForEffectAsync(id, "the committed note's event to be consumed");

        Assert.Equal(1, await fixture.InDbAsync(db => db.EffectsOnAsync(id)));
        // The relay marks the row sent after the broker confirms, which may be after the consumer has already acted.
        await Eventually.UntilAsync(async () => (await fixture.OutboxRowsOfAsync(id)).Any(m => m.SentAt != null),
            TimeSpan.FromSeconds(30), "the relay to mark the row sent", TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task An_event_saved_in_an_explicit_transaction_is_relayed_once_the_transaction_commits()
    {
        var id = Guid.CreateVersion7();
        await fixture.InDbAsync(db => db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Notes.Add(new Note { Id = id, Text = "explicit transaction" });
            db.Publish(new NoteAdded(id, "explicit transaction"));
            await db.SaveChangesAsync();
            // The save inside the transaction must not spend the wake-up: the relay could not see the row yet.
            await transaction.CommitAsync();
        }));

        await fixture.WaitForEffectAsync(id, "the event committed with the transaction to be consumed");
        Assert.Equal(1, await fixture.InDbAsync(db => db.EffectsOnAsync(id)));
    }

    [Fact]
    public async Task A_rolled_back_transaction_publishes_nothing()
    {
        var rolledBack = Guid.CreateVersion7();
        await fixture.InDbAsync(db => db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Notes.Add(new Note { Id = rolledBack, Text = "rolled back" });
            db.Publish(new NoteAdded(rolledBack, "rolled back"));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }));

        // The rolled-back row never existed for the relay; an event committed afterwards flows as usual.
        var later = await fixture.AddNoteAsync("committed after the rollback");
        await fixture.WaitForEffectAsync(later, "the later event to be consumed");

        Assert.Empty(await fixture.OutboxRowsOfAsync(rolledBack));
        Assert.Equal(0, await fixture.InDbAsync(db => db.EffectsOnAsync(rolledBack)));
    }

    [Fact]
    public async Task An_event_committed_while_the_broker_is_down_is_published_exactly_once_after_it_returns()
    {
        await fixture.Servers.RabbitMq.StopAsync();

        var id = await fixture.AddNoteAsync("committed while the broker is down");
        var unsent = Assert.Single(await fixture.OutboxRowsOfAsync(id));
        Assert.Null(unsent.SentAt);

        await fixture.Servers.RabbitMq.StartAsync(TimeSpan.FromSeconds(90));
        await fixture.WaitForEffectAsync(id, "the event to be consumed after the broker returned");

        // A later event proves the pipeline drained past it; the first still has exactly one effect.
        var later = await fixture.AddNoteAsync("after recovery");
        await fixture.WaitForEffectAsync(later, "a later event to be consumed");
        Assert.Equal(1, await fixture.InDbAsync(db => db.EffectsOnAsync(id)));
        Assert.Equal(1, await fixture.InDbAsync(db => db.InboxMessages.CountAsync(m => m.MessageId == unsent.Id)));
    }

    [Fact]
    public async Task A_message_delivered_twice_has_one_effect()
    {
        var id = Guid.CreateVersion7();
        var messageId = NewId.NextGuid();
        for (var delivery = 0; delivery < 2; delivery++)
        {
            await fixture.Bus.Publish(new NoteAdded(id, "delivered twice"), context => context.MessageId = messageId, TestContext.Current.CancellationToken);
        }

        await fixture.WaitForEffectAsync(id, "the first delivery to be applied");
        var later = await fixture.AddNoteAsync("after the duplicate");
        await fixture.WaitForEffectAsync(later, "a later event to be consumed");

        Assert.Equal(1, await fixture.InDbAsync(db => db.EffectsOnAsync(id)));
    }

    [Fact]
    public async Task A_consumer_that_always_throws_ends_in_the_error_queue_while_later_messages_flow()
    {
        var errorQueue = MessagingFixture.PillQueue + "_error";
        var errorsBefore = Math.Max(0, await fixture.Servers.RabbitMqFactory().CountAsync(errorQueue));
        var poisoned = Guid.CreateVersion7();
        var healthy = Guid.CreateVersion7();

        await fixture.Bus.Publish(new PillSwallowed(poisoned, Poisoned: true), TestContext.Current.CancellationToken);
        await fixture.Bus.Publish(new PillSwallowed(healthy, Poisoned: false), TestContext.Current.CancellationToken);

        await fixture.WaitForEffectAsync(healthy, "the healthy message behind the poisoned one");
        await Eventually.UntilAsync(
            () => fixture.Servers.RabbitMqFactory().CountAsync(errorQueue), n => n == errorsBefore + 1,
            TimeSpan.FromSeconds(60), "the poisoned message to reach " + errorQueue, TestContext.Current.CancellationToken);
        Assert.Equal(0, await fixture.InDbAsync(db => db.EffectsOnAsync(poisoned)));
    }
}

[CollectionDefinition(nameof(BrokerCollection))]
public sealed class BrokerCollection;
