using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.PartyBuilding;
using Platform.PartyBuilding.Shared;
using Platform.PartyBuilding.Data;
using Platform.PartyBuilding.Regions;
using Platform.Data;
using Platform.RegionReplica.Queries;

namespace Platform.PartyBuilding.Facilities;

/// <param name="Region">Only facilities in this subtree; by default the caller's region.</param>
/// <param name="From">Designated on or after this day (designatedAt, a day of the city).</param>
/// <param name="To">Designated on or before this day (designatedAt, a day of the city).</param>
public sealed record FacilityFilter(
    [FromQuery(Name = "region")] string? Region,
    [FromQuery(Name = "kind")] CommunityFacilityKind? Kind,
    [FromQuery(Name = "from")] DateOnly? From,
    [FromQuery(Name = "to")] DateOnly? To);

public static class ListFacilities
{
    /// <summary>By region code, then kind, then id.</summary>
    public static Task<Results<Ok<Page<FacilityResponse>>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        [AsParameters] FacilityFilter filter, [AsParameters] PageRequest page, ClaimsPrincipal user, PartyDb db,
        CancellationToken cancellationToken)
    {
        var dates = new DateRange(filter.From, filter.To);
        return db.ListInRegionAsync(filter.Region, user, page, dates, root =>
        {
            var prefix = Subtree.PrefixOf(root);
            var facilities = db.CommunityFacilities.AsNoTracking().Where(f => f.RegionCode.StartsWith(prefix));
            if (filter.Kind is { } kind)
            {
                facilities = facilities.Where(f => f.Kind == kind);
            }

            if (dates.StartsAt is { } start)
            {
                facilities = facilities.Where(f => f.DesignatedAt >= start);
            }

            if (dates.EndsBefore is { } end)
            {
                facilities = facilities.Where(f => f.DesignatedAt < end);
            }

            return facilities.OrderBy(f => f.RegionCode).ThenBy(f => f.Kind).ThenBy(f => f.Id);
        }, f => f.ToResponse(), cancellationToken);
    }
}
