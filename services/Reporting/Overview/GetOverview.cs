using Platform.Reporting.Statistics;

namespace Platform.Reporting.Overview;

public static class GetOverview
{
    /// <summary>GET overview/{regionCode}: the section-5 figures of a region (the caller's scope when the code is null).</summary>
    public static Task<Results<Ok<RegionOverview>, ValidationProblem, NotFound>> HandleAsync(
        string? regionCode, ClaimsPrincipal user, RegionDirectory regions, StatisticsReader reader, CancellationToken ct) =>
        RegionAccess.ReadAsync(regionCode, user, regions, (region, _) => reader.OverviewAsync(region, ct), ct);
}
