namespace Platform.Reporting.Statistics;

/// <summary>One run of the rebuild: who ran it, when, and what it replayed (saved with it, so the audit log has it too).</summary>
public sealed class StatRebuild
{
    public Guid Id { get; init; }
    public required string RunBy { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset FinishedAt { get; set; }
    public int Facts { get; set; }
    public int ServiceRecords { get; set; }
}
