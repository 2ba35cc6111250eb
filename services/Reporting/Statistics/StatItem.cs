namespace Platform.Reporting.Statistics;

/// <summary>
/// The current state of one counted thing (a social worker's assignment, an organisation's grade, a fund): active or
/// not, where, in which category. <see cref="Ordering"/> (an event time or a version) decides which event wins, so
/// events may arrive in any order. Derived from <see cref="StatFact"/>s; rebuildable.
/// </summary>
public sealed class StatItem
{
    public required string Kind { get; init; }
    public required string Key { get; init; }
    public required string RegionCode { get; set; }
    public string? Category { get; set; }
    public long Amount { get; set; }
    public bool Active { get; set; }
    public DateOnly? ValidUntil { get; set; }
    public long Ordering { get; set; }
}
