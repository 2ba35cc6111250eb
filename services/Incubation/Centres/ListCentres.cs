using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Data;
using Platform.Incubation.Data;
using Platform.RegionReplica;
using Platform.RegionReplica.Queries;

namespace Platform.Incubation.Centres;

/// <summary>Centres of the caller's subtree (a county officer sees the county's centre, not the city's).</summary>
public static class ListCentres
{
    /// <summary>Centres of a region subtree established on the city days from–to (both inclusive): the city's first, then by county.</summary>
    public static async Task<Results<Ok<Page<CentreResponse>>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        [FromQuery(Name = "region")] string? region, DateOnly? from, DateOnly? to, [AsParameters] PageRequest page, ClaimsPrincipal user, IncubationDb db,
        RegionDirectory regions, CancellationToken cancellationToken)
    {
        var range = new DateRange(from, to);
        if (range.Check() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await regions.ListInRegionAsync(region, user, page,
            prefix => db.Centres.AsNoTracking().Where(c => c.RegionCode.StartsWith(prefix)).Within(range, c => c.EstablishedAt).OrderBy(c => c.Level).ThenBy(c => c.RegionCode).ThenBy(c => c.Id),
            c => c.ToResponse(), cancellationToken);
    }
}
