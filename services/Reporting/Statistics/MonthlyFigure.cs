namespace Platform.Reporting.Statistics;

/// <summary>A flow figure (activities completed, fen donated, …) of one region in one city month. Derived; rebuildable.</summary>
public sealed class MonthlyFigure
{
    public required string RegionCode { get; init; }
    public DateOnly Month { get; init; }
    public required string Figure { get; init; }
    public long Value { get; set; }
}
