using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.PartyBuilding.Shared;
using Platform.PartyBuilding.Data;
using Platform.PartyBuilding.Regions;
using Platform.Data;
using Platform.RegionReplica.Queries;

namespace Platform.PartyBuilding.GovernanceCentres;

/// <param name="Region">Only centres of regions in this subtree; by default the caller's region.</param>
/// <param name="Demonstration">Only demonstration centres 示范中心 (true) or only the others (false).</param>
public sealed record GovernanceCentreFilter(
    [FromQuery(Name = "region")] string? Region,
    [FromQuery(Name = "demonstration")] bool? Demonstration);

public static class ListGovernanceCentres
{
    /// <summary>By region code, then id.</summary>
    public static Task<Results<Ok<Page<GovernanceCentreResponse>>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        [AsParameters] GovernanceCentreFilter filter, [AsParameters] PageRequest page, ClaimsPrincipal user, PartyDb db,
        CancellationToken cancellationToken) =>
        db.ListInRegionAsync(filter.Region, user, page, null, root =>
        {
            var prefix = Subtree.PrefixOf(root);
            var centres = db.GovernanceCentres.AsNoTracking().Where(c => c.RegionCode.StartsWith(prefix));
            if (filter.Demonstration is { } demonstration)
            {
                centres = centres.Where(c => c.Demonstration == demonstration);
            }

            return centres.OrderBy(c => c.RegionCode).ThenBy(c => c.Id);
        }, c => c.ToResponse(), cancellationToken);
}
