namespace Platform.Reporting.Statistics;

/// <summary>Where the projection writes: the database for a live event, memory for a rebuild.</summary>
public interface IStatisticsSink
{
    /// <summary>Adds <paramref name="delta"/> to a monthly figure of a region.</summary>
    Task AddAsync(string regionCode, DateOnly month, string figure, long delta, CancellationToken ct);

    /// <summary>Sets a thing's whole state unless a newer state (higher <paramref name="ordering"/>) is already there.</summary>
    Task SetAsync(string kind, string key, string regionCode, string? category, bool active, long ordering,
        CancellationToken ct, long amount = 0, DateOnly? validUntil = null);

    /// <summary>Ends a thing (keeping its category), or records the end first so that an older start arriving later loses.</summary>
    Task EndAsync(string kind, string key, string regionCode, long ordering, CancellationToken ct);
}

public static class StatisticsSinkExtensions
{
    /// <summary>Adds to the figure of the city month (Asia/Shanghai) in which <paramref name="at"/> falls.</summary>
    public static Task AddAsync(this IStatisticsSink sink, string regionCode, DateTimeOffset at, string figure, long delta, CancellationToken ct) =>
        sink.AddAsync(regionCode, CityMonth.Of(at), figure, delta, ct);
}
