namespace Platform.Reporting.Compliance;

public static class GetCompliance
{
    /// <summary>GET compliance[/{regionCode}]: the compliant share and what each community falling short lacks.</summary>
    public static Task<Results<Ok<RegionCompliance>, ValidationProblem, NotFound>> HandleAsync(
        string? regionCode, ClaimsPrincipal user, RegionDirectory regions, ReportingDb db, DashboardCache cache, CancellationToken ct) =>
        RegionAccess.ReadAsync(regionCode, user, regions, (region, prefix) => cache.GetOrAddAsync("compliance", region.Code, async () =>
            ComplianceQuery.Summarise(region.Code, region.Name, await ComplianceQuery.CommunitiesAsync(db, prefix, ct))), ct);
}
