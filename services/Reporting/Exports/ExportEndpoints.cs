using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.RegionReplica;
using Platform.Data;
using Platform.RegionReplica.Queries;
using Platform.Reporting.Compliance;
using Platform.Reporting.Data;
using Platform.Reporting.Requests;

namespace Platform.Reporting.Exports;

/// <summary>
/// GET exports/{records|requests|statistics|compliance}.csv?region=…: a region subtree (the caller's by default; malformed
/// 400, out of reach 403, unknown 404, each naming <c>region</c>). Records, requests and monthly figures take the city
/// days from..to (both inclusive; a month is in when it overlaps them).
/// </summary>
public static class ExportEndpoints
{
    public static Task<Results<PushStreamHttpResult, ValidationProblem, ProblemHttpResult>> RecordsAsync(
        string? region, DateOnly? from, DateOnly? to, ClaimsPrincipal user, RegionDirectory regions, ReportingDb db, CancellationToken ct) =>
        InRegionAsync(region, new DateRange(from, to), user, regions, prefix => CsvExport.Stream("service-records.csv",
            ["id", "serviceKind", "providerKind", "providerId", "providerName", "communityCode", "date", "beneficiaries", "description", "recordedAt"],
            db.ServiceRecords.AsNoTracking()
                .Where(r => r.CommunityCode.StartsWith(prefix) && (from == null || r.ServiceDate >= from) && (to == null || r.ServiceDate <= to))
                .OrderBy(r => r.ServiceDate).ThenBy(r => r.Id).AsAsyncEnumerable(),
            r => [r.Id, r.ServiceKind.ToString(), r.ProviderKind.ToString(), r.ProviderId, r.ProviderName, r.CommunityCode,
                r.ServiceDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Beneficiaries, r.Description, r.RecordedAt.ToString("O", CultureInfo.InvariantCulture)]), ct);

    public static Task<Results<PushStreamHttpResult, ValidationProblem, ProblemHttpResult>> RequestsAsync(
        string? region, DateOnly? from, DateOnly? to, ClaimsPrincipal user, RegionDirectory regions, ReportingDb db,
        [FromKeyedServices(ServiceRequest.Clock)] TimeProvider clock, CancellationToken ct)
    {
        var dates = new DateRange(from, to);
        var (start, end) = (dates.StartsAt, dates.EndsBefore);
        return InRegionAsync(region, dates, user, regions, prefix => CsvExport.Stream("service-requests.csv",
            ["id", "kind", "state", "communityCode", "description", "address", "assignedTo", "reportedAt", "deadline", "overdue"],
            db.ServiceRequests.AsNoTracking()
                .Where(r => r.CommunityCode.StartsWith(prefix) && (start == null || r.ReportedAt >= start) && (end == null || r.ReportedAt < end))
                .OrderBy(r => r.ReportedAt).ThenBy(r => r.Id).AsAsyncEnumerable(),
            r => [r.Id, r.Kind.ToString(), r.State.ToString(), r.CommunityCode, r.Description, r.Address, r.AssignedTo,
                r.ReportedAt.ToString("O", CultureInfo.InvariantCulture), r.Deadline.ToString("O", CultureInfo.InvariantCulture), r.IsOverdue(clock.GetUtcNow())]), ct);
    }

    public static Task<Results<PushStreamHttpResult, ValidationProblem, ProblemHttpResult>> StatisticsAsync(
        string? region, DateOnly? from, DateOnly? to, ClaimsPrincipal user, RegionDirectory regions, ReportingDb db, CancellationToken ct)
    {
        // Months are stored as their first day: a month overlaps the range when it starts by `to` and ends on or after `from`.
        DateOnly? firstMonth = from is { } f ? new DateOnly(f.Year, f.Month, 1) : null;
        return InRegionAsync(region, new DateRange(from, to), user, regions, prefix => CsvExport.Stream("statistics.csv",
            ["regionCode", "month", "figure", "value"],
            db.MonthlyFigures.AsNoTracking()
                .Where(m => m.RegionCode.StartsWith(prefix) && (firstMonth == null || m.Month >= firstMonth) && (to == null || m.Month <= to))
                .OrderBy(m => m.RegionCode).ThenBy(m => m.Month).ThenBy(m => m.Figure).AsAsyncEnumerable(),
            m => [m.RegionCode, m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), m.Figure, m.Value]), ct);
    }

    public static Task<Results<PushStreamHttpResult, ValidationProblem, ProblemHttpResult>> ComplianceAsync(
        string? region, ClaimsPrincipal user, RegionDirectory regions, ReportingDb db, CancellationToken ct) =>
        InRegionAsync(region, new DateRange(null, null), user, regions, prefix => CsvExport.Stream("compliance-1257n.csv",
            ["communityCode", "name", "compliant", "socialWorkRooms", "socialWorkers", "filedCommunitySocialOrganisations", "volunteerTeams", "charityResources", "missing"],
            Rows(db, prefix, ct),
            c => [c.CommunityCode, c.Name, c.Compliant, c.Has.SocialWorkRooms, c.Has.SocialWorkers, c.Has.FiledCommunitySocialOrganisations,
                c.Has.VolunteerTeams, c.Has.CharityResources, string.Join("; ", c.Missing)]), ct);

    private static async IAsyncEnumerable<CommunityCompliance> Rows(ReportingDb db, string prefix, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var row in await ComplianceQuery.CommunitiesAsync(db, prefix, ct))
        {
            yield return row;
        }
    }

    private static async Task<Results<PushStreamHttpResult, ValidationProblem, ProblemHttpResult>> InRegionAsync(
        string? region, DateRange dates, ClaimsPrincipal user, RegionDirectory regions, Func<string, PushStreamHttpResult> export, CancellationToken ct)
    {
        // An export is one whole list: the paging of the check is the default one, and always valid.
        var (prefix, refusal) = await regions.ResolveListAsync(region, user, new PageRequest(null, null), ct, dates.Check());
        return refusal switch
        {
            ValidationProblem invalid => invalid,
            ProblemHttpResult problem => problem,
            _ => export(prefix!),
        };
    }
}
