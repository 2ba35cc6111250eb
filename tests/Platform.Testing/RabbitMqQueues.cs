using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Platform.Testing;

public static class RabbitMqQueues
{
    /// <summary>Messages ready in a queue, or -1 when the queue does not exist (yet).</summary>
    public static async Task<long> CountAsync(this IConnectionFactory factory, string queue)
    {
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            var ok = await channel.QueueDeclarePassiveAsync(queue);
            return ok.MessageCount;
        }
        catch (OperationInterruptedException)
        {
            return -1;
        }
    }
}
