namespace Platform.Reporting.Statistics;

/// <summary>Current counts of things and all-time sums of monthly figures in a region's subtree (a code prefix).</summary>
public sealed record RegionTotals(
    IReadOnlyDictionary<(string Kind, string? Category), (long Count, long Amount)> Items,
    IReadOnlyDictionary<string, long> Flows)
{
    public long Count(string kind, string? category = null) =>
        Items.Where(i => i.Key.Kind == kind && (category is null || i.Key.Category == category)).Sum(i => i.Value.Count);

    public long Amount(string kind, string category) => Items.TryGetValue((kind, category), out var v) ? v.Amount : 0;

    public long Distinct(string kind) => Items.Keys.Where(k => k.Kind == kind && k.Category is not null).Select(k => k.Category).Distinct().Count();

    public long Flow(string figure) => Flows.GetValueOrDefault(figure);

    public static async Task<RegionTotals> LoadAsync(ReportingDb db, string prefix, DateOnly today, CancellationToken ct)
    {
        var items = await db.StatItems.AsNoTracking()
            .Where(i => i.Active && (i.ValidUntil == null || i.ValidUntil >= today) && i.RegionCode.StartsWith(prefix))
            .GroupBy(i => new { i.Kind, i.Category })
            .Select(g => new { g.Key.Kind, g.Key.Category, Count = g.LongCount(), Amount = g.Sum(i => i.Amount) })
            .ToListAsync(ct);
        var flows = await db.MonthlyFigures.AsNoTracking()
            .Where(m => m.RegionCode.StartsWith(prefix))
            .GroupBy(m => m.Figure)
            .Select(g => new { Figure = g.Key, Value = g.Sum(m => m.Value) })
            .ToListAsync(ct);
        return new RegionTotals(
            items.ToDictionary(i => (i.Kind, i.Category), i => (i.Count, i.Amount)),
            flows.ToDictionary(f => f.Figure, f => f.Value));
    }
}
