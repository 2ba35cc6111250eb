using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.PartyBuilding.Shared;
using Platform.PartyBuilding.Data;
using Platform.PartyBuilding.Regions;
using Platform.PersonalData;
using Platform.Data;
using Platform.RegionReplica.Queries;

namespace Platform.PartyBuilding.Members;

/// <param name="Region">
/// Only members who belong to this subtree, by their party organisation's region or the community of their active dual
/// report (双报到); by default the caller's region. Members with neither belong to the city.
/// </param>
/// <param name="Reported">Only members with an active dual report to a community of the subtree (true) or without one (false).</param>
/// <param name="From">Registered on or after this day (registeredAt, a day of the city).</param>
/// <param name="To">Registered on or before this day (registeredAt, a day of the city).</param>
public sealed record MemberFilter(
    [FromQuery(Name = "region")] string? Region,
    [FromQuery(Name = "organisationId")] Guid? OrganisationId,
    [FromQuery(Name = "reported")] bool? Reported,
    [FromQuery(Name = "name")] string? Name,
    [FromQuery(Name = "from")] DateOnly? From,
    [FromQuery(Name = "to")] DateOnly? To);

public static class ListMembers
{
    /// <summary>By registeredAt, then id.</summary>
    public static Task<Results<Ok<Page<MemberResponse>>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        [AsParameters] MemberFilter filter, [AsParameters] PageRequest page, ClaimsPrincipal user, PartyDb db,
        PersonalDataProtector protector, CancellationToken cancellationToken)
    {
        var dates = new DateRange(filter.From, filter.To);
        return db.ListInRegionAsync(filter.Region, user, page, dates, root =>
        {
            var prefix = Subtree.PrefixOf(root);
            var members = db.Members.AsNoTracking().InSubtree(db, prefix, root.Level == RegionLevel.City);
            if (filter.OrganisationId is { } organisationId)
            {
                members = members.Where(m => m.OrganisationId == organisationId);
            }

            if (filter.Reported is { } reported)
            {
                members = members.Where(m => db.DualReports.Any(r =>
                    r.MemberId == m.Id && r.WithdrawnAt == null && r.CommunityCode.StartsWith(prefix)) == reported);
            }

            if (!string.IsNullOrWhiteSpace(filter.Name))
            {
                members = members.Where(m => m.Name.Contains(filter.Name));
            }

            if (dates.StartsAt is { } start)
            {
                members = members.Where(m => m.RegisteredAt >= start);
            }

            if (dates.EndsBefore is { } end)
            {
                members = members.Where(m => m.RegisteredAt < end);
            }

            return members.OrderBy(m => m.RegisteredAt).ThenBy(m => m.Id);
        }, m => m.ToResponse(protector), cancellationToken);
    }
}
