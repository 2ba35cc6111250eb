using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.PartyBuilding;
using Platform.PartyBuilding.Common;
using Platform.PartyBuilding.Data;
using Platform.PartyBuilding.Regions;
using Platform.ServiceDefaults.Security;

namespace Platform.PartyBuilding.Facilities;

public sealed record FacilityFilter
{
    /// <summary>Only facilities in the subtree of this region (404 when unknown); by default the caller's whole region.</summary>
    [StringLength(15, MinimumLength = 6)] public string? RegionCode { get; init; }

    public CommunityFacilityKind? Kind { get; init; }
}

public static class ListFacilities
{
    public static async Task<Results<Ok<Page<FacilityResponse>>, ForbidHttpResult, NotFound>> HandleAsync(
        [AsParameters] FacilityFilter filter, [AsParameters] PageQuery page, ClaimsPrincipal user, PartyDb db, CancellationToken cancellationToken)
    {
        var region = filter.RegionCode ?? user.RegionOf();
        if (!user.CanReach(region))
        {
            return TypedResults.Forbid();
        }

        if (filter.RegionCode is { } code && !await db.Regions.AnyAsync(r => r.Code == code, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var prefix = Subtree.PrefixOfCode(region!);
        var facilities = db.CommunityFacilities.AsNoTracking().Where(f => f.RegionCode.StartsWith(prefix));
        if (filter.Kind is { } kind)
        {
            facilities = facilities.Where(f => f.Kind == kind);
        }

        return TypedResults.Ok(await facilities.OrderBy(f => f.RegionCode).ThenBy(f => f.Kind)
            .ToPageAsync(page, f => f.ToResponse(), cancellationToken));
    }
}
