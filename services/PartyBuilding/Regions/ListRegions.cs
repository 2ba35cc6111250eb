using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Platform.Contracts;
using Platform.PartyBuilding.Shared;
using Platform.PartyBuilding.Data;
using Microsoft.EntityFrameworkCore;
using Platform.Data;
using Platform.RegionReplica.Queries;

namespace Platform.PartyBuilding.Regions;

/// <param name="Region">The subtree listed (its root included); by default the caller's region.</param>
/// <param name="Level">Only regions of this level.</param>
/// <param name="Name">Only regions whose name contains this text.</param>
/// <param name="IncludeRetired">Retired regions too (left out by default).</param>
public sealed record RegionFilter(
    [FromQuery(Name = "region")] string? Region,
    [FromQuery(Name = "level")] RegionLevel? Level,
    [FromQuery(Name = "name")] string? Name,
    [FromQuery(Name = "includeRetired")] bool? IncludeRetired);

public static class ListRegions
{
    /// <summary>In path order (a moved grid sorts under its new community), then by code.</summary>
    public static Task<Results<Ok<Page<RegionResponse>>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        [AsParameters] RegionFilter filter, [AsParameters] PageRequest page, ClaimsPrincipal user, PartyDb db,
        CancellationToken cancellationToken) =>
        db.ListInRegionAsync(filter.Region, user, page, null, root =>
        {
            var regions = db.Regions.AsNoTracking().InSubtreeOf(root);
            if (filter.Level is { } level)
            {
                regions = regions.Where(r => r.Level == level);
            }

            if (!string.IsNullOrWhiteSpace(filter.Name))
            {
                regions = regions.Where(r => r.Name.Contains(filter.Name));
            }

            if (filter.IncludeRetired != true)
            {
                regions = regions.Where(r => !r.Retired);
            }

            return regions.OrderBy(r => r.Path).ThenBy(r => r.Code);
        }, r => r.ToResponse(), cancellationToken);
}
