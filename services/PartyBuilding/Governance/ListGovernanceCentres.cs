using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.PartyBuilding.Common;
using Platform.PartyBuilding.Data;
using Platform.PartyBuilding.Regions;

namespace Platform.PartyBuilding.Governance;

public sealed record GovernanceCentreFilter
{
    [StringLength(15, MinimumLength = 6)] public string? Under { get; init; }

    public bool? Demonstration { get; init; }
}

public static class ListGovernanceCentres
{
    public static async Task<Ok<Page<GovernanceCentreResponse>>> HandleAsync(
        [AsParameters] GovernanceCentreFilter filter, [AsParameters] PageQuery page, PartyDb db, CancellationToken cancellationToken)
    {
        var centres = db.GovernanceCentres.AsNoTracking();
        if (filter.Under is { } under)
        {
            var prefix = Subtree.PrefixOfCode(under);
            centres = centres.Where(c => c.RegionCode.StartsWith(prefix));
        }

        if (filter.Demonstration is { } demonstration)
        {
            centres = centres.Where(c => c.Demonstration == demonstration);
        }

        return TypedResults.Ok(await centres.OrderBy(c => c.RegionCode).ToPageAsync(page, c => c.ToResponse(), cancellationToken));
    }
}
