using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.RegionReplica;
using Platform.Data;
using Platform.RegionReplica.Queries;
using Platform.Reporting.Caching;
using Platform.Reporting.Data;
using Platform.Reporting.Http;

namespace Platform.Reporting.Statistics;

public sealed record MonthFigures(string Month, IReadOnlyDictionary<string, long> Figures);

/// <summary>A region's figures month by month, oldest first.</summary>
public sealed record Trends(string RegionCode, IReadOnlyList<MonthFigures> Months);

public sealed record RankedRegion(int Rank, string RegionCode, string Name, long Value);

public sealed record RegionRanking(string RegionCode, string Figure, int? Rank, IReadOnlyList<RankedRegion> Siblings);

public static class StatisticsEndpoints
{
    private static readonly HashSet<string> RankableFigures = [.. typeof(RegionOverview).GetProperties()
        .Where(p => p.PropertyType == typeof(long)).Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))];

    /// <summary>GET overview[/{regionCode}]: the section-5 figures of a region (the caller's scope by default).</summary>
    public static Task<Results<Ok<RegionOverview>, ValidationProblem, NotFound>> OverviewAsync(
        string? regionCode, ClaimsPrincipal user, RegionDirectory regions, StatisticsReader reader, CancellationToken ct) =>
        RegionAccess.ReadAsync(regionCode, user, regions, (region, _) => reader.OverviewAsync(region, ct), ct);

    /// <summary>
    /// GET trends/{regionCode}?from=yyyy-MM-dd&amp;to=yyyy-MM-dd: the monthly figures of the subtree, month by month, for
    /// every month that overlaps the city days from..to (both inclusive).
    /// </summary>
    public static Task<Results<Ok<Trends>, ValidationProblem, NotFound>> TrendsAsync(
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

    /// <summary>GET ranking/{regionCode}?figure=…: the region among its siblings (same parent and level) by one overview figure.</summary>
    public static Task<Results<Ok<RegionRanking>, ValidationProblem, NotFound>> RankingAsync(
        string regionCode, string? figure, ClaimsPrincipal user, RegionDirectory regions, ReportingDb db, StatisticsReader reader, CancellationToken ct)
    {
        figure ??= "registeredVolunteers";
        var errors = RankableFigures.Contains(figure)
            ? []
            : new Dictionary<string, string[]> { ["figure"] = [$"Not a counted figure of the overview; one of {string.Join(", ", RankableFigures)}."] };
        return RegionAccess.ReadAsync(regionCode, user, regions, async (region, _) =>
        {
            var siblings = region.ParentCode is null
                ? [region]
                : await db.ReplicatedRegions.AsNoTracking()
                    .Where(r => r.ParentCode == region.ParentCode && r.Level == region.Level && !r.Retired).OrderBy(r => r.Code).ToListAsync(ct);
            var values = new List<(string Code, string Name, long Value)>();
            foreach (var sibling in siblings)
            {
                var overview = JsonSerializer.SerializeToElement(await reader.OverviewAsync(sibling, ct), JsonSerializerOptions.Web);
                values.Add((sibling.Code, sibling.Name, overview.GetProperty(figure).GetInt64()));
            }

            // Equal values share a rank (1, 2, 2, 4).
            var ranked = values.OrderByDescending(v => v.Value).ThenBy(v => v.Code)
                .Select(v => new RankedRegion(1 + values.Count(o => o.Value > v.Value), v.Code, v.Name, v.Value)).ToList();
            return new RegionRanking(region.Code, figure, ranked.FirstOrDefault(r => r.RegionCode == region.Code)?.Rank, ranked);
        }, ct, errors);
    }
}
