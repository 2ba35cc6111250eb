using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.PartyBuilding.Common;
using Platform.PartyBuilding.Data;
using Platform.PartyBuilding.Regions;

namespace Platform.PartyBuilding.Organisations;

public sealed record OrganisationFilter
{
    /// <summary>Only organisations at regions in the subtree of this code.</summary>
    [StringLength(15, MinimumLength = 6)] public string? Under { get; init; }

    public PartyOrganisationKind? Kind { get; init; }

    public Guid? ParentId { get; init; }

    public bool? IncludeDissolved { get; init; }
}

public static class ListOrganisations
{
    public static async Task<Results<Ok<Page<OrganisationResponse>>, NotFound>> HandleAsync(
        [AsParameters] OrganisationFilter filter, [AsParameters] PageQuery page, PartyDb db, CancellationToken cancellationToken)
    {
        var organisations = db.Organisations.AsNoTracking();
        if (filter.Under is not null)
        {
            if (await db.Regions.FindAsync([filter.Under], cancellationToken) is not { } root)
            {
                return TypedResults.NotFound();
            }

            var regions = db.Regions.InSubtreeOf(root);
            organisations = organisations.Where(o => regions.Any(r => r.Code == o.RegionCode));
        }

        if (filter.Kind is { } kind)
        {
            organisations = organisations.Where(o => o.Kind == kind);
        }

        if (filter.ParentId is { } parentId)
        {
            organisations = organisations.Where(o => o.ParentId == parentId);
        }

        if (filter.IncludeDissolved != true)
        {
            organisations = organisations.Where(o => !o.Dissolved);
        }

        return TypedResults.Ok(await organisations.OrderBy(o => o.RegionCode).ThenBy(o => o.Id)
            .ToPageAsync(page, o => o.ToResponse(), cancellationToken));
    }
}
