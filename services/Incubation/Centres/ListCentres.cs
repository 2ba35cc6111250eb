using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Data;
using Platform.Incubation.Data;
using Platform.Incubation.Shared;
using Platform.RegionReplica;

namespace Platform.Incubation.Centres;

/// <summary>Centres of the caller's subtree (a county officer sees the county's centre, not the city's).</summary>
public static class ListCentres
{
    /// <summary>Centres of a region subtree established on the city days from–to (both inclusive): the city's first, then by county.</summary>
    public static Task<Results<Ok<Page<CentreResponse>>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        [AsParameters] RegionDaysFilter filter, [AsParameters] PageRequest page, ClaimsPrincipal user, IncubationDb db, RegionDirectory regions,
        CancellationToken cancellationToken) =>
        regions.ListByDaysAsync(filter, page, user,
            (prefix, days) => db.Centres.AsNoTracking().Where(c => c.RegionCode.StartsWith(prefix)).Within(days, c => c.EstablishedAt)
                .OrderBy(c => c.Level).ThenBy(c => c.RegionCode).ThenBy(c => c.Id),
            c => c.ToResponse(), cancellationToken);
}
