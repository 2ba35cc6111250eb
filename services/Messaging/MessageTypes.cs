using System.Collections.Concurrent;
using System.Text.Json;

namespace Platform.Messaging;

/// <summary>How an outbox row names and serialises its event type, and finds it again when relaying.</summary>
public static class MessageTypes
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static readonly ConcurrentDictionary<string, Type> Resolved = new();

    public static string NameOf(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    public static Type Resolve(string name) => Resolved.GetOrAdd(name, static n =>
        Type.GetType(n, throwOnError: false) ?? throw new InvalidOperationException($"Unknown message type '{n}'."));

    public static object Deserialize(OutboxMessage message) =>
        JsonSerializer.Deserialize(message.Payload, Resolve(message.MessageType), JsonOptions)
        ?? throw new InvalidOperationException($"Outbox message {message.Id} has an empty payload.");
}
