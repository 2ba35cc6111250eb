using System.Text.Json;
using MassTransit;
using Platform.Contracts.PartyBuilding;
using Platform.Messaging;

namespace Platform.Reporting.Statistics;

/// <summary>
/// Applies one event to the statistics exactly once: the fact, the derived figures and the inbox entry commit together;
/// the cached dashboards of the regions it touched are invalidated after the commit.
/// </summary>
public sealed class StatisticsConsumer<TMessage>(ReportingDb db, DashboardCache cache, TimeProvider clock) : IConsumer<TMessage>
    where TMessage : class
{
    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var store = new StatisticsStore(db);
        await db.ApplyOnceAsync(context, $"Statistics.{typeof(TMessage).Name}", async ct =>
        {
            store.Touched.Clear();
            db.StatFacts.Add(new StatFact
            {
                MessageId = context.MessageId!.Value,
                MessageType = typeof(TMessage).Name,
                Payload = StatFacts.Write(context.Message),
                ReceivedAt = clock.GetUtcNow(),
            });
            // The fact first: a rebuild locks the facts before it clears the figures, so this order cannot deadlock with it.
            await db.SaveChangesAsync(ct);
            await StatisticsProjection.ApplyAsync(context.Message, store, ct);
        });
        await cache.InvalidateAsync(store.Touched);
    }
}

public static class StatFacts
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Dictionary<string, Type> TypesByName = StatisticsProjection.EventTypes.ToDictionary(t => t.Name);

    /// <summary>The payload to keep: statistics count people, so names, ID numbers and phones are never stored.</summary>
    public static string Write(object message) => JsonSerializer.Serialize(message switch
    {
        PartyMemberReported m => m with { Name = "", ResidentIdNumber = "", Phone = null },
        PartyMemberWithdrawn m => m with { ResidentIdNumber = "" },
        _ => message,
    }, message.GetType(), Json);

    public static object Read(StatFact fact) =>
        JsonSerializer.Deserialize(fact.Payload, TypesByName[fact.MessageType], Json)
            ?? throw new InvalidOperationException($"Fact {fact.MessageId} has no payload.");
}

public static class StatisticsRegistration
{
    public const string QueueName = "reporting-statistics";

    /// <summary>One queue, bound to every event the statistics consume.</summary>
    public static void AddStatisticsConsumers(this IBusRegistrationConfigurator bus)
    {
        foreach (var type in StatisticsProjection.EventTypes)
        {
            bus.AddConsumer(typeof(StatisticsConsumer<>).MakeGenericType(type)).Endpoint(e => e.Name = QueueName);
        }
    }
}
