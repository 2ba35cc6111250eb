using System.Globalization;

namespace Platform.Reporting.Exports;

public static class ExportServiceRecords
{
    public static Task<Results<PushStreamHttpResult, ValidationProblem, ProblemHttpResult>> HandleAsync(
        string? region, DateOnly? from, DateOnly? to, ClaimsPrincipal user, RegionDirectory regions, ReportingDb db, CancellationToken ct) =>
        CsvExport.InRegionAsync(region, new DateRange(from, to), user, regions, prefix => CsvExport.Stream("service-records.csv",
            ["id", "serviceKind", "providerKind", "providerId", "providerName", "communityCode", "date", "beneficiaries", "description", "recordedAt"],
            db.ServiceRecords.AsNoTracking()
                .Where(r => r.CommunityCode.StartsWith(prefix) && (from == null || r.ServiceDate >= from) && (to == null || r.ServiceDate <= to))
                .OrderBy(r => r.ServiceDate).ThenBy(r => r.Id).AsAsyncEnumerable(),
            r => [r.Id, r.ServiceKind.ToString(), r.ProviderKind.ToString(), r.ProviderId, r.ProviderName, r.CommunityCode,
                r.ServiceDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Beneficiaries, r.Description, r.RecordedAt.ToString("O", CultureInfo.InvariantCulture)]), ct);
}
