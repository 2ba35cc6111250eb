using System.Globalization;
using Platform.Reporting.Requests;

namespace Platform.Reporting.Exports;

public static class ExportServiceRequests
{
    public static Task<Results<PushStreamHttpResult, ValidationProblem, ProblemHttpResult>> HandleAsync(
        string? region, DateOnly? from, DateOnly? to, ClaimsPrincipal user, RegionDirectory regions, ReportingDb db,
        [FromKeyedServices(ServiceRequest.Clock)] TimeProvider clock, CancellationToken ct)
    {
        var dates = new DateRange(from, to);
        var (start, end) = (dates.StartsAt, dates.EndsBefore);
        return CsvExport.InRegionAsync(region, dates, user, regions, prefix => CsvExport.Stream("service-requests.csv",
            ["id", "kind", "state", "communityCode", "description", "address", "assignedTo", "reportedAt", "deadline", "overdue"],
            db.ServiceRequests.AsNoTracking()
                .Where(r => r.CommunityCode.StartsWith(prefix) && (start == null || r.ReportedAt >= start) && (end == null || r.ReportedAt < end))
                .OrderBy(r => r.ReportedAt).ThenBy(r => r.Id).AsAsyncEnumerable(),
            r => [r.Id, r.Kind.ToString(), r.State.ToString(), r.CommunityCode, r.Description, r.Address, r.AssignedTo,
                r.ReportedAt.ToString("O", CultureInfo.InvariantCulture), r.Deadline.ToString("O", CultureInfo.InvariantCulture), r.IsOverdue(clock.GetUtcNow())]), ct);
    }
}
