using Platform.Reporting.Statistics;

namespace Platform.Reporting.Overview;

public static class GetOwnOverview
{
    /// <summary>GET overview: the overview of the caller's own region.</summary>
    public static Task<Results<Ok<RegionOverview>, ValidationProblem, NotFound>> HandleAsync(
        ClaimsPrincipal user, RegionDirectory regions, StatisticsReader reader, CancellationToken ct) =>
        GetOverview.HandleAsync(null, user, regions, reader, ct);
}
