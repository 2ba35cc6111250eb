using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Platform.Data;
using Platform.RegionReplica.Queries;
using Platform.RegionReplica;

namespace Platform.Incubation.Shared;

// The filters of a list of a region subtree by city day: which subtree, and the days from–to (both inclusive).
public sealed record RegionDaysFilter(
    [FromQuery(Name = "region")] string? Region, [FromQuery(Name = "from")] DateOnly? From, [FromQuery(Name = "to")] DateOnly? To)
{
    public DateRange Days => new(From, To);
}

public static class RegionDayLists
{
    /// <summary>
    /// A page of the rows of the region subtree whose day falls within the filter's days; a range that ends before it
    /// starts is a 400, a region out of the caller's reach as <see cref="RegionQueries"/> answers it.
    /// </summary>
    public static async Task<Results<Ok<Page<TResponse>>, ValidationProblem, ProblemHttpResult>> ListByDaysAsync<TRow, TResponse>(
        this RegionDirectory regions, RegionDaysFilter filter, PageRequest page, ClaimsPrincipal user,
        Func<string, DateRange, IQueryable<TRow>> rows, Func<TRow, TResponse> map, CancellationToken cancellationToken)
    {
        var days = filter.Days;
        if (days.Check() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await regions.ListInRegionAsync(filter.Region, user, page, prefix => rows(prefix, days), map, cancellationToken);
    }
}
