namespace Platform.Data;

/// <summary>
/// The <c>from</c>/<c>to</c> pair of a list (docs/api.md, section 2): calendar days of the city (Asia/Shanghai, UTC+8
/// all year), both inclusive; either end may be left out.
/// </summary>
public sealed record DateRange(DateOnly? From, DateOnly? To)
{
    private static readonly TimeSpan CityOffset = TimeSpan.FromHours(8);

    /// <summary>The first instant of <see cref="From"/> in the city, in UTC (Npgsql writes timestamptz parameters only with offset 0), or null when open.</summary>
    public DateTimeOffset? StartsAt => From is { } from ? CityMidnight(from) : null;

    /// <summary>The first instant after <see cref="To"/> in the city (the end is exclusive as an instant), in UTC, or null when open.</summary>
    public DateTimeOffset? EndsBefore => To is { } to ? CityMidnight(to.AddDays(1)) : null;

    public bool Contains(DateTimeOffset at) => (StartsAt is not { } start || at >= start) && (EndsBefore is not { } end || at < end);

    public bool Contains(DateOnly day) => (From is not { } from || day >= from) && (To is not { } to || day <= to);

    private static DateTimeOffset CityMidnight(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), CityOffset).ToUniversalTime();

    public Dictionary<string, string[]> Check() =>
        From is { } from && To is { } to && to < from
            ? new() { ["to"] = ["The range ends before it starts."] }
            : [];
}
