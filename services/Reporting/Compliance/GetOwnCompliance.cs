namespace Platform.Reporting.Compliance;

public static class GetOwnCompliance
{
    /// <summary>GET compliance: 1257N in the caller's own region.</summary>
    public static Task<Results<Ok<RegionCompliance>, ValidationProblem, NotFound>> HandleAsync(
        ClaimsPrincipal user, RegionDirectory regions, ReportingDb db, DashboardCache cache, CancellationToken ct) =>
        GetCompliance.HandleAsync(null, user, regions, db, cache, ct);
}
