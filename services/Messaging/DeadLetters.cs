using System.Text;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Platform.Messaging;

/// <summary>A message MassTransit moved to an <c>_error</c> queue after its retries, as an operator sees it.</summary>
public sealed record DeadLetter(string? MessageId, string? MessageType, string? ExceptionType, string? ExceptionMessage, string? FaultedAt);

public sealed record DeadLetterQueue(string Queue, uint Count, IReadOnlyList<DeadLetter> First);

/// <summary>
/// Reads and replays a service's error queues over AMQP (no management plugin needed). Replay moves the messages
/// present in <c>{queue}_error</c> when it starts back to <c>{queue}</c> with their headers, each acknowledged only after
/// the broker confirmed the copy: a crash mid-replay can duplicate a message (the consumers' inbox absorbs it) but never
/// loses one. A message that fails again lands behind them and waits for the next replay, so a replay always ends.
/// </summary>
public sealed class DeadLetters(string connectionString)
{
    private const int PeekLimit = 20;

    public async Task<DeadLetterQueue?> PeekAsync(string queue, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        if (await CountAsync(channel, queue + "_error", cancellationToken) is not { } count)
        {
            return null;
        }

        var first = new List<DeadLetter>();
        while (first.Count < PeekLimit && await channel.BasicGetAsync(queue + "_error", autoAck: false, cancellationToken) is { } message)
        {
            first.Add(Describe(message));
        }

        // Closing the channel unacknowledged puts every peeked message back.
        return new DeadLetterQueue(queue, count, first);
    }

    public async Task<int?> ReplayAsync(string queue, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        if (await CountAsync(channel, queue + "_error", cancellationToken) is not { } present || await CountAsync(channel, queue, cancellationToken) is null)
        {
            return null;
        }

        var replayed = 0;
        while (replayed < present && await channel.BasicGetAsync(queue + "_error", autoAck: false, cancellationToken) is { } message)
        {
            var properties = new BasicProperties(message.BasicProperties) { Persistent = true };
            await channel.BasicPublishAsync("", queue, mandatory: true, properties, message.Body, cancellationToken);
            await channel.BasicAckAsync(message.DeliveryTag, multiple: false, cancellationToken);
            replayed++;
        }

        return replayed;
    }

    private async Task<IConnection> ConnectAsync(CancellationToken cancellationToken) =>
        await new ConnectionFactory { Uri = new Uri(connectionString) }.CreateConnectionAsync("dead-letters", cancellationToken);

    private static async Task<uint?> CountAsync(IChannel channel, string queue, CancellationToken cancellationToken)
    {
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue, cancellationToken)).MessageCount;
        }
        catch (OperationInterruptedException)
        {
            return null;
        }
    }

    private static DeadLetter Describe(BasicGetResult message)
    {
        string? Header(string name) => message.BasicProperties.Headers?.TryGetValue(name, out var value) == true
            ? value switch { byte[] bytes => Encoding.UTF8.GetString(bytes), null => null, _ => value.ToString() }
            : null;
        return new DeadLetter(message.BasicProperties.MessageId, Header("MT-Fault-MessageType") ?? message.BasicProperties.Type,
            Header("MT-Fault-ExceptionType"), Header("MT-Fault-Message"), Header("MT-Fault-Timestamp"));
    }
}
