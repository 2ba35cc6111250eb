namespace Platform.Reporting.Statistics;

/// <summary>
/// An event consumed for statistics, kept as it arrived (append-only, keyed by its message id), so that every derived
/// figure can be recomputed from these rows alone.
/// </summary>
public sealed class StatFact
{
    public Guid MessageId { get; init; }
    public long Sequence { get; init; }
    public required string MessageType { get; init; }
    public required string Payload { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
}
