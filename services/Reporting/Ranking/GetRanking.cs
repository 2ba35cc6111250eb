using System.Text.Json;
using Platform.Reporting.Statistics;

namespace Platform.Reporting.Ranking;

public sealed record RankedRegion(int Rank, string RegionCode, string Name, long Value);

public sealed record RegionRanking(string RegionCode, string Figure, int? Rank, IReadOnlyList<RankedRegion> Siblings);

public static class GetRanking
{
    private static readonly HashSet<string> RankableFigures = [.. typeof(RegionOverview).GetProperties()
        .Where(p => p.PropertyType == typeof(long)).Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))];

    /// <summary>GET ranking/{regionCode}?figure=…: the region among its siblings (same parent and level) by one overview figure.</summary>
    public static Task<Results<Ok<RegionRanking>, ValidationProblem, NotFound>> HandleAsync(
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
