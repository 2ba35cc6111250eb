using System.Text;
using System.Text.Json;
using RabbitMQ.Client;

namespace Platform.Incubation.Tests;

/// <summary>
/// A queue of the test's own, bound to the exchanges MassTransit publishes the Incubation contracts to, so it receives
/// a copy of every such event that reaches the broker. <see cref="DrainAsync"/> counts them by type.
/// </summary>
public sealed class EventTap(IConnectionFactory rabbit, string queue)
{
    private const string Namespace = "Platform.Contracts.Incubation";

    public static readonly string[] Events =
    [
        "IncubationCentreEstablished", "OrganisationFiled", "OrganisationIncubationStarted", "OrganisationGraduated", "OrganisationGraded",
        "OrganisationRevoked", "ProjectApproved", "ProjectCompleted", "SocialWorkRoomOpened", "SocialWorkerAssigned", "SocialWorkerUnassigned",
    ];

    private readonly List<(string Type, string Body)> _received = [];

    public static async Task<EventTap> OpenAsync(IConnectionFactory rabbit, CancellationToken cancellationToken)
    {
        var queue = $"test-incubation-events-{Guid.NewGuid():N}";
        await using var connection = await rabbit.CreateConnectionAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        await channel.QueueDeclareAsync(queue, durable: false, exclusive: false, autoDelete: false, cancellationToken: cancellationToken);
        foreach (var name in Events)
        {
            var exchange = $"{Namespace}:{name}";
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, cancellationToken: cancellationToken);
            await channel.QueueBindAsync(queue, exchange, "", cancellationToken: cancellationToken);
        }

        return new EventTap(rabbit, queue);
    }

    /// <summary>Takes what has arrived; returns how many events of each type so far mention one of <paramref name="ids"/>.</summary>
    public async Task<Dictionary<string, int>> DrainAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        await using var connection = await rabbit.CreateConnectionAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        while (await channel.BasicGetAsync(queue, autoAck: true, cancellationToken) is { } delivery)
        {
            using var envelope = JsonDocument.Parse(Encoding.UTF8.GetString(delivery.Body.Span));
            var type = envelope.RootElement.GetProperty("messageType")[0].GetString()!.Split(':')[^1];
            _received.Add((type, envelope.RootElement.GetProperty("message").GetRawText()));
        }

        var keys = ids.Select(id => id.ToString()).ToList();
        return _received.Where(r => keys.Exists(k => r.Body.Contains(k, StringComparison.OrdinalIgnoreCase)))
            .GroupBy(r => r.Type).ToDictionary(g => g.Key, g => g.Count());
    }
}
