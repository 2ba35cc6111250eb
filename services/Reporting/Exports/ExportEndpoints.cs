using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.RegionReplica;
using Platform.Reporting.Compliance;
using Platform.Reporting.Data;
using Platform.Reporting.Http;
using Platform.Reporting.Requests;

namespace Platform.Reporting.Exports;

/// <summary>GET exports/{records|requests|statistics|compliance}.csv?region=…: a region subtree (the caller's scope by default).</summary>
public static class ExportEndpoints
{
    public static Task<Results<PushStreamHttpResult, NotFound, ForbidHttpResult>> RecordsAsync(
        string? region, ClaimsPrincipal user, RegionDirectory regions, ReportingDb db, CancellationToken ct) =>
        InRegionAsync(region, user, regions, prefix => CsvExport.Stream("service-records.csv",
            ["id", "serviceKind", "providerKind", "providerId", "providerName", "communityCode", "date", "beneficiaries", "description", "recordedAt"],
            db.ServiceRecords.AsNoTracking().Where(r => r.CommunityCode.StartsWith(prefix)).OrderBy(r => r.ServiceDate).ThenBy(r => r.Id).AsAsyncEnumerable(),
            r => [r.Id, r.ServiceKind.ToString(), r.ProviderKind.ToString(), r.ProviderId, r.ProviderName, r.CommunityCode,
                r.ServiceDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Beneficiaries, r.Description, r.RecordedAt.ToString("O", CultureInfo.InvariantCulture)]), ct);

    public static Task<Results<PushStreamHttpResult, NotFound, ForbidHttpResult>> RequestsAsync(
        string? region, ClaimsPrincipal user, RegionDirectory regions, ReportingDb db, [FromKeyedServices(ServiceRequest.Clock)] TimeProvider clock, CancellationToken ct) =>
        InRegionAsync(region, user, regions, prefix => CsvExport.Stream("service-requests.csv",
            ["id", "kind", "state", "communityCode", "description", "address", "assignedTo", "reportedAt", "deadline", "overdue"],
            db.ServiceRequests.AsNoTracking().Where(r => r.CommunityCode.StartsWith(prefix)).OrderBy(r => r.ReportedAt).AsAsyncEnumerable(),
            r => [r.Id, r.Kind.ToString(), r.State.ToString(), r.CommunityCode, r.Description, r.Address, r.AssignedTo,
                r.ReportedAt.ToString("O", CultureInfo.InvariantCulture), r.Deadline.ToString("O", CultureInfo.InvariantCulture), r.IsOverdue(clock.GetUtcNow())]), ct);

    public static Task<Results<PushStreamHttpResult, NotFound, ForbidHttpResult>> StatisticsAsync(
        string? region, ClaimsPrincipal user, RegionDirectory regions, ReportingDb db, CancellationToken ct) =>
        InRegionAsync(region, user, regions, prefix => CsvExport.Stream("statistics.csv",
            ["regionCode", "month", "figure", "value"],
            db.MonthlyFigures.AsNoTracking().Where(m => m.RegionCode.StartsWith(prefix))
                .OrderBy(m => m.RegionCode).ThenBy(m => m.Month).ThenBy(m => m.Figure).AsAsyncEnumerable(),
            m => [m.RegionCode, m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), m.Figure, m.Value]), ct);

    public static Task<Results<PushStreamHttpResult, NotFound, ForbidHttpResult>> ComplianceAsync(
        string? region, ClaimsPrincipal user, RegionDirectory regions, ReportingDb db, CancellationToken ct) =>
        InRegionAsync(region, user, regions, prefix => CsvExport.Stream("compliance-1257n.csv",
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

    private static async Task<Results<PushStreamHttpResult, NotFound, ForbidHttpResult>> InRegionAsync(
        string? region, ClaimsPrincipal user, RegionDirectory regions, Func<string, PushStreamHttpResult> export, CancellationToken ct) =>
        await RegionAccess.ResolveAsync(region, user, regions, ct) switch
        {
            { Region: null } => TypedResults.NotFound(),
            { Forbidden: true } => TypedResults.Forbid(),
            var access => export(access.Prefix),
        };
}
