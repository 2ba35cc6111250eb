using Platform.Reporting.Statistics;
using static Platform.Reporting.Statistics.ItemKinds;

namespace Platform.Reporting.Compliance;

public sealed record CommunityCompliance(string CommunityCode, string Name, bool Compliant, CommunityElements Has, IReadOnlyList<string> Missing);

public sealed record RegionCompliance(
    string RegionCode, string Name, int Communities, int CompliantCommunities, decimal CompliantShare, IReadOnlyList<CommunityCompliance> ShortOf);

/// <summary>1257N for every live community under a prefix, from the current statistics.</summary>
public static class ComplianceQuery
{
    private static readonly string[] Kinds = [SocialWorkRoom, SocialWorker, FiledOrganisation, Fund, Supermarket, LotteryOutlet];

    public static async Task<IReadOnlyList<CommunityCompliance>> CommunitiesAsync(ReportingDb db, string prefix, CancellationToken ct)
    {
        var communities = await db.ReplicatedRegions.AsNoTracking()
            .Where(r => r.Level == RegionLevel.Community && !r.Retired && r.Code.StartsWith(prefix))
            .OrderBy(r => r.Code).Select(r => new { r.Code, r.Name }).ToListAsync(ct);
        var items = await db.StatItems.AsNoTracking()
            .Where(i => i.Active && Kinds.Contains(i.Kind) && i.RegionCode.StartsWith(prefix) && i.RegionCode.Length == 12
                && (i.Kind != FiledOrganisation || i.Category == nameof(Platform.Contracts.Incubation.OrganisationKind.CommunitySocialOrganisation)))
            .GroupBy(i => new { i.RegionCode, i.Kind })
            .Select(g => new { g.Key.RegionCode, g.Key.Kind, Count = g.Count() })
            .ToListAsync(ct);
        var teams = await db.MonthlyFigures.AsNoTracking()
            .Where(m => m.Figure == MonthlyFigures.TeamsFormed && m.RegionCode.StartsWith(prefix))
            .GroupBy(m => m.RegionCode).Select(g => new { Code = g.Key, Count = g.Sum(m => m.Value) })
            .ToDictionaryAsync(t => t.Code, t => (int)t.Count, ct);
        var counts = items.ToDictionary(i => (i.RegionCode, i.Kind), i => i.Count);
        int Of(string code, string kind) => counts.GetValueOrDefault((code, kind));

        return [.. communities.Select(c =>
        {
            var has = new CommunityElements(Of(c.Code, SocialWorkRoom), Of(c.Code, SocialWorker), Of(c.Code, FiledOrganisation),
                teams.GetValueOrDefault(c.Code), Of(c.Code, Fund) + Of(c.Code, Supermarket) + Of(c.Code, LotteryOutlet));
            var missing = Standard1257N.Missing(has);
            return new CommunityCompliance(c.Code, c.Name, missing.Count == 0, has, missing);
        })];
    }

    public static RegionCompliance Summarise(string code, string name, IReadOnlyList<CommunityCompliance> communities)
    {
        var compliant = communities.Count(c => c.Compliant);
        var share = communities.Count == 0 ? 0m : Math.Round((decimal)compliant / communities.Count, 4);
        return new RegionCompliance(code, name, communities.Count, compliant, share, [.. communities.Where(c => !c.Compliant)]);
    }
}
