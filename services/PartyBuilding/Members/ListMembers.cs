using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.PartyBuilding.Common;
using Platform.PartyBuilding.Data;
using Platform.PartyBuilding.Regions;
using Platform.PersonalData;

namespace Platform.PartyBuilding.Members;

public sealed record MemberFilter
{
    public Guid? OrganisationId { get; init; }

    /// <summary>Only members with an active dual report (双报到) to a community in the subtree of this code.</summary>
    [StringLength(15, MinimumLength = 4)] public string? ReportedTo { get; init; }

    [StringLength(50)] public string? Name { get; init; }
}

public static class ListMembers
{
    public static async Task<Ok<Page<MemberResponse>>> HandleAsync(
        [AsParameters] MemberFilter filter, [AsParameters] PageQuery page, PartyDb db, PersonalDataProtector protector,
        CancellationToken cancellationToken)
    {
        var members = db.Members.AsNoTracking();
        if (filter.OrganisationId is { } organisationId)
        {
            members = members.Where(m => m.OrganisationId == organisationId);
        }

        if (filter.ReportedTo is { } reportedTo)
        {
            var scope = Subtree.PrefixOfCode(reportedTo);
            members = members.Where(m => db.DualReports.Any(r =>
                r.MemberId == m.Id && r.WithdrawnAt == null && r.CommunityCode.StartsWith(scope)));
        }

        if (!string.IsNullOrWhiteSpace(filter.Name))
        {
            members = members.Where(m => m.Name.Contains(filter.Name));
        }

        return TypedResults.Ok(await members.OrderBy(m => m.Id).ToPageAsync(page, m => m.ToResponse(protector), cancellationToken));
    }
}
