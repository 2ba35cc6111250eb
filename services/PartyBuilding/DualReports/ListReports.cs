using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.PartyBuilding.Shared;
using Platform.PartyBuilding.Data;
using Platform.PartyBuilding.Regions;
using Platform.Data;
using Platform.RegionReplica.Queries;

namespace Platform.PartyBuilding.DualReports;

/// <param name="Region">Only reports to communities in this subtree; by default the caller's region.</param>
/// <param name="From">Reported on or after this day (reportedAt, a day of the city).</param>
/// <param name="To">Reported on or before this day (reportedAt, a day of the city).</param>
/// <param name="ActiveOnly">Leave out withdrawn reports (history is included by default).</param>
public sealed record ReportFilter(
    [FromQuery(Name = "region")] string? Region,
    [FromQuery(Name = "memberId")] Guid? MemberId,
    [FromQuery(Name = "organisationId")] Guid? OrganisationId,
    [FromQuery(Name = "from")] DateOnly? From,
    [FromQuery(Name = "to")] DateOnly? To,
    [FromQuery(Name = "activeOnly")] bool? ActiveOnly);

public static class ListReports
{
    /// <summary>Newest first: by reportedAt descending, then id descending.</summary>
    public static Task<Results<Ok<Page<DualReportResponse>>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        [AsParameters] ReportFilter filter, [AsParameters] PageRequest page, ClaimsPrincipal user, PartyDb db,
        CancellationToken cancellationToken)
    {
        var dates = new DateRange(filter.From, filter.To);
        return db.ListInRegionAsync(filter.Region, user, page, dates, root =>
        {
            var prefix = Subtree.PrefixOf(root);
            var reports = db.DualReports.AsNoTracking().Where(r => r.CommunityCode.StartsWith(prefix));
            if (filter.MemberId is { } memberId)
            {
                reports = reports.Where(r => r.MemberId == memberId);
            }

            if (filter.OrganisationId is { } organisationId)
            {
                reports = reports.Where(r => r.OrganisationId == organisationId);
            }

            if (dates.StartsAt is { } start)
            {
                reports = reports.Where(r => r.ReportedAt >= start);
            }

            if (dates.EndsBefore is { } end)
            {
                reports = reports.Where(r => r.ReportedAt < end);
            }

            if (filter.ActiveOnly == true)
            {
                reports = reports.Where(r => r.WithdrawnAt == null);
            }

            return reports.OrderByDescending(r => r.ReportedAt).ThenByDescending(r => r.Id);
        }, r => r.ToResponse(), cancellationToken);
    }
}
