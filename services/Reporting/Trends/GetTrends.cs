using System.Globalization;

namespace Platform.Reporting.Trends;

public sealed record MonthFigures(string Month, IReadOnlyDictionary<string, long> Figures);

/// <summary>A region's figures month by month, oldest first.</summary>
public sealed record Trends(string RegionCode, IReadOnlyList<MonthFigures> Months);

public static class GetTrends
{
    /// <summary>
    /// GET trends/{regionCode}?from=yyyy-MM-dd&amp;to=yyyy-MM-dd: the monthly figures of the subtree, month by month, for
    /// every month that overlaps the city days from..to (both inclusive).
    /// </summary>
    public static Task<Results<Ok<Trends>, ValidationProblem, NotFound>> HandleAsync(
        string regionCode, DateOnly? from, DateOnly? to, ClaimsPrincipal user, RegionDirectory regions, ReportingDb db, DashboardCache cache,
        CancellationToken ct)
    {
        var errors = new DateRange(from, to).Check();
        // Months are stored as their first day.
        DateOnly? first = from is { } f ? new DateOnly(f.Year, f.Month, 1) : null;
        DateOnly? last = to is { } t ? new DateOnly(t.Year, t.Month, 1) : null;
        return RegionAccess.ReadAsync(regionCode, user, regions, (region, prefix) => cache.GetOrAddAsync($"trends:{first}:{last}", region.Code, async () =>
        {
            var rows = await db.MonthlyFigures.AsNoTracking()
                .Where(m => m.RegionCode.StartsWith(prefix) && (first == null || m.Month >= first) && (last == null || m.Month <= last))
                .GroupBy(m => new { m.Month, m.Figure })
                .Select(g => new { g.Key.Month, g.Key.Figure, Value = g.Sum(m => m.Value) })
                .ToListAsync(ct);
            return new Trends(region.Code, [.. rows.GroupBy(r => r.Month).OrderBy(g => g.Key)
                .Select(g => new MonthFigures(g.Key.ToString("yyyy-MM", CultureInfo.InvariantCulture), g.ToDictionary(r => r.Figure, r => r.Value)))]);
        }), ct, errors);
    }
}
