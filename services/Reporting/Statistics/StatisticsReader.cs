namespace Platform.Reporting.Statistics;

/// <summary>The overview of a region, from the cache when it is there.</summary>
public sealed class StatisticsReader(ReportingDb db, DashboardCache cache, TimeProvider clock)
{
    public Task<RegionOverview> OverviewAsync(ReplicatedRegion region, CancellationToken ct) =>
        cache.GetOrAddAsync("overview", region.Code, async () =>
        {
            var prefix = Platform.Contracts.RegionCode.SubtreePrefix(region.Code, region.Level);
            var totals = await RegionTotals.LoadAsync(db, prefix, clock.Today(), ct);
            return RegionOverview.From(region.Code, region.Name, region.Level, totals);
        });
}
