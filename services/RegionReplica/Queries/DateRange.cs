namespace Platform.RegionReplica.Queries;

/// <summary>
/// The <c>from</c>/<c>to</c> pair of a list (docs/api.md, section 2): calendar days of the city (Asia/Shanghai, UTC+8
/// all year), both inclusive; either end may be left out.
/// </summary>
public sealed record DateRange(DateOnly? From, DateOnly? To)
{
    private static readonly TimeSpan CityOffset = TimeSpan.FromHours(8);

    // Instants are given in UTC: Npgsql refuses a DateTimeOffset with any other offset for a timestamptz parameter.

    /// <summary>The first instant of <see cref="From"/> in the city, or null when open.</summary>
    public DateTimeOffset? StartsAt => From is { } from ? new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), CityOffset).ToUniversalTime() : null;

    /// <summary>The first instant after <see cref="To"/> in the city (the end is exclusive as an instant), or null when open.</summary>
    public DateTimeOffset? EndsBefore => To is { } to ? new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), CityOffset).ToUniversalTime() : null;

    public bool Contains(DateTimeOffset at) => (StartsAt is not { } start || at >= start) && (EndsBefore is not { } end || at < end);

    public bool Contains(DateOnly day) => (From is not { } from || day >= from) && (To is not { } to || day <= to);

    public Dictionary<string, string[]> Check() =>
        From is { } from && To is { } to && to < from
            ? new() { ["to"] = ["The range ends before it starts."] }
            : [];
}
