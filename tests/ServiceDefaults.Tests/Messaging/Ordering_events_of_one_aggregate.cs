using System.Text.Json;
using Platform.Testing;
using RabbitMQ.Client;

namespace Platform.ServiceDefaults.Tests.Messaging;

[Collection(nameof(BrokerCollection))]
public sealed class Ordering_events_of_one_aggregate(MessagingFixture fixture)
{
    private const string NoteAddedExchange = "Platform.ServiceDefaults.Tests.Messaging:NoteAdded";

    [Fact]
    public async Task Events_of_one_aggregate_reach_the_broker_in_the_order_they_were_committed()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var connection = await fixture.Servers.RabbitMqFactory().CreateConnectionAsync(cancel);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancel);
        var tap = (await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true, cancellationToken: cancel)).QueueName;
        // Declared as MassTransit declares it, in case the bus has not declared its topology yet.
        await channel.ExchangeDeclareAsync(NoteAddedExchange, ExchangeType.Fanout, durable: true, cancellationToken: cancel);
        await channel.QueueBindAsync(tap, NoteAddedExchange, "", cancellationToken: cancel);

        var aggregate = Guid.CreateVersion7().ToString();
        var expected = Enumerable.Range(0, 60).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        foreach (var transaction in expected.Chunk(20))
        {
            await fixture.InDbAsync(async db =>
            {
                foreach (var text in transaction)
                {
                    db.Publish(new NoteAdded(Guid.CreateVersion7(), $"{aggregate}/{text}"), aggregate);
                }

                await db.SaveChangesAsync(cancel);
            });
        }

        var received = new List<string>();
        await Eventually.UntilAsync(async () =>
        {
            while (await channel.BasicGetAsync(tap, autoAck: true, cancel) is { } delivery)
            {
                var text = JsonDocument.Parse(delivery.Body).RootElement.GetProperty("message").GetProperty("text").GetString()!;
                if (text.StartsWith(aggregate + "/", StringComparison.Ordinal))
                {
                    received.Add(text[(aggregate.Length + 1)..]);
                }
            }

            return received.Count >= expected.Count;
        }, TimeSpan.FromSeconds(60), "all 60 events on the tap queue", cancel);

        Assert.Equal(expected, received);
    }
}
