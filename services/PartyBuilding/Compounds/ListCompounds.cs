using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.PartyBuilding.Shared;
using Platform.PartyBuilding.Data;
using Platform.PartyBuilding.Regions;
using Platform.Data;
using Platform.RegionReplica.Queries;

namespace Platform.PartyBuilding.Compounds;

/// <param name="Region">Only compounds in this subtree; by default the caller's region.</param>
/// <param name="Pilot">Only pilot compounds 试点示范小区 (true) or only the others (false).</param>
public sealed record CompoundFilter(
    [FromQuery(Name = "region")] string? Region,
    [FromQuery(Name = "category")] CompoundCategory? Category,
    [FromQuery(Name = "committee")] CompoundCommittee? Committee,
    [FromQuery(Name = "pilot")] bool? Pilot);

public static class ListCompounds
{
    /// <summary>By code, which is also the id.</summary>
    public static Task<Results<Ok<Page<CompoundResponse>>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        [AsParameters] CompoundFilter filter, [AsParameters] PageRequest page, ClaimsPrincipal user, PartyDb db,
        CancellationToken cancellationToken) =>
        db.ListInRegionAsync(filter.Region, user, page, null, root =>
        {
            var prefix = Subtree.PrefixOf(root);
            var compounds = db.Compounds.AsNoTracking().Where(c => c.Code.StartsWith(prefix));
            if (filter.Category is { } category)
            {
                compounds = compounds.Where(c => c.Category == category);
            }

            if (filter.Committee is { } committee)
            {
                compounds = compounds.Where(c => c.Committee == committee);
            }

            if (filter.Pilot is { } pilot)
            {
                compounds = compounds.Where(c => c.Pilot == pilot);
            }

            return compounds.OrderBy(c => c.Code);
        }, c => c.ToResponse(), cancellationToken);
}
