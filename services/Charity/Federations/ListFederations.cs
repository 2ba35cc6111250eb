using Microsoft.AspNetCore.Mvc;
using Platform.Charity.Shared;

namespace Platform.Charity.Federations;

public static class ListFederations
{
    /// <summary>The federations whose city or county lies in the region's subtree (a county's own, or the city's and every county's).</summary>
    public static Task<Results<Ok<Page<FederationResponse>>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        [FromQuery(Name = "region")] string? region, DateOnly? from, DateOnly? to, ClaimsPrincipal user, [AsParameters] PageRequest page, CharityDb db,
        RegionDirectory regions, CancellationToken cancellationToken) =>
        regions.ListInRegionWithinAsync(region, new DateRange(from, to), user, page,
            (prefix, range) => db.Federations.AsNoTracking().Where(f => f.RegionCode.StartsWith(prefix)).Within(range, f => f.EstablishedAt)
                .OrderBy(f => f.RegionCode).ThenBy(f => f.Id),
            f => f.ToResponse(), cancellationToken);
}
