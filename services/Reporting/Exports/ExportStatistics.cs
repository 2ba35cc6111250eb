using System.Globalization;

namespace Platform.Reporting.Exports;

public static class ExportStatistics
{
    public static Task<Results<PushStreamHttpResult, ValidationProblem, ProblemHttpResult>> HandleAsync(
        string? region, DateOnly? from, DateOnly? to, ClaimsPrincipal user, RegionDirectory regions, ReportingDb db, CancellationToken ct)
    {
        // Months are stored as their first day: a month overlaps the range when it starts by `to` and ends on or after `from`.
        DateOnly? firstMonth = from is { } f ? new DateOnly(f.Year, f.Month, 1) : null;
        return CsvExport.InRegionAsync(region, new DateRange(from, to), user, regions, prefix => CsvExport.Stream("statistics.csv",
            ["regionCode", "month", "figure", "value"],
            db.MonthlyFigures.AsNoTracking()
                .Where(m => m.RegionCode.StartsWith(prefix) && (firstMonth == null || m.Month >= firstMonth) && (to == null || m.Month <= to))
                .OrderBy(m => m.RegionCode).ThenBy(m => m.Month).ThenBy(m => m.Figure).AsAsyncEnumerable(),
            m => [m.RegionCode, m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), m.Figure, m.Value]), ct);
    }
}
