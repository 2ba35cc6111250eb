using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.PartyBuilding.Common;
using Platform.PartyBuilding.Data;

namespace Platform.PartyBuilding.Regions;

public sealed record RegionFilter
{
    /// <summary>Only regions in the subtree of this code (itself included).</summary>
    [StringLength(15, MinimumLength = 6)] public string? Under { get; init; }

    public RegionLevel? Level { get; init; }

    /// <summary>Only regions whose name contains this text.</summary>
    [StringLength(100)] public string? Name { get; init; }

    public bool? IncludeRetired { get; init; }
}

public static class ListRegions
{
    public static async Task<Results<Ok<Page<RegionResponse>>, NotFound>> HandleAsync(
        [AsParameters] RegionFilter filter, [AsParameters] PageQuery page, PartyDb db, CancellationToken cancellationToken)
    {
        var regions = db.Regions.AsNoTracking();
        if (filter.Under is not null)
        {
            if (await db.Regions.FindAsync([filter.Under], cancellationToken) is not { } root)
            {
                return TypedResults.NotFound();
            }

            regions = regions.InSubtreeOf(root);
        }

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

        return TypedResults.Ok(await regions.OrderBy(r => r.Path).ToPageAsync(page, r => r.ToResponse(), cancellationToken));
    }
}
