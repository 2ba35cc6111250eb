using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.PartyBuilding.Common;
using Platform.PartyBuilding.Data;
using Platform.PartyBuilding.Regions;

namespace Platform.PartyBuilding.DualReporting;

public sealed record ReportFilter
{
    public Guid? MemberId { get; init; }

    public Guid? OrganisationId { get; init; }

    /// <summary>Only reports to communities in the subtree of this code.</summary>
    [StringLength(15, MinimumLength = 6)] public string? Under { get; init; }

    /// <summary>Leave out withdrawn reports (history is included by default).</summary>
    public bool? ActiveOnly { get; init; }
}

public static class ListReports
{
    public static async Task<Ok<Page<DualReportResponse>>> HandleAsync(
        [AsParameters] ReportFilter filter, [AsParameters] PageQuery page, PartyDb db, CancellationToken cancellationToken)
    {
        var reports = db.DualReports.AsNoTracking();
        if (filter.MemberId is { } memberId)
        {
            reports = reports.Where(r => r.MemberId == memberId);
        }

        if (filter.OrganisationId is { } organisationId)
        {
            reports = reports.Where(r => r.OrganisationId == organisationId);
        }

        if (filter.Under is { } under)
        {
            var prefix = Subtree.PrefixOfCode(under);
            reports = reports.Where(r => r.CommunityCode.StartsWith(prefix));
        }

        if (filter.ActiveOnly == true)
        {
            reports = reports.Where(r => r.WithdrawnAt == null);
        }

        return TypedResults.Ok(await reports.OrderByDescending(r => r.ReportedAt).ToPageAsync(page, r => r.ToResponse(), cancellationToken));
    }
}
