using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.PartyBuilding.Shared;
using Platform.PartyBuilding.Data;
using Platform.PartyBuilding.Regions;
using Platform.Data;
using Platform.RegionReplica.Queries;

namespace Platform.PartyBuilding.Organisations;

/// <param name="Region">Only organisations at regions in this subtree; by default the caller's region.</param>
/// <param name="From">Founded on or after this day (foundedOn).</param>
/// <param name="To">Founded on or before this day (foundedOn).</param>
/// <param name="IncludeDissolved">Dissolved organisations too (left out by default).</param>
public sealed record OrganisationFilter(
    [FromQuery(Name = "region")] string? Region,
    [FromQuery(Name = "kind")] PartyOrganisationKind? Kind,
    [FromQuery(Name = "parentId")] Guid? ParentId,
    [FromQuery(Name = "from")] DateOnly? From,
    [FromQuery(Name = "to")] DateOnly? To,
    [FromQuery(Name = "includeDissolved")] bool? IncludeDissolved);

public static class ListOrganisations
{
    /// <summary>By region code, then id.</summary>
    public static Task<Results<Ok<Page<OrganisationResponse>>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        [AsParameters] OrganisationFilter filter, [AsParameters] PageRequest page, ClaimsPrincipal user, PartyDb db,
        CancellationToken cancellationToken)
    {
        var dates = new DateRange(filter.From, filter.To);
        return db.ListInRegionAsync(filter.Region, user, page, dates, root =>
        {
            var regions = db.Regions.InSubtreeOf(root);
            var organisations = db.Organisations.AsNoTracking().Where(o => regions.Any(r => r.Code == o.RegionCode));
            if (filter.Kind is { } kind)
            {
                organisations = organisations.Where(o => o.Kind == kind);
            }

            if (filter.ParentId is { } parentId)
            {
                organisations = organisations.Where(o => o.ParentId == parentId);
            }

            if (dates.From is { } from)
            {
                organisations = organisations.Where(o => o.FoundedOn >= from);
            }

            if (dates.To is { } to)
            {
                organisations = organisations.Where(o => o.FoundedOn <= to);
            }

            if (filter.IncludeDissolved != true)
            {
                organisations = organisations.Where(o => !o.Dissolved);
            }

            return organisations.OrderBy(o => o.RegionCode).ThenBy(o => o.Id);
        }, o => o.ToResponse(), cancellationToken);
    }
}
