using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Incubation.Data;
using Platform.Incubation.Organisations;
using Platform.RegionReplica;
using Platform.Data;
using Platform.RegionReplica.Queries;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.Incubation.Centres;

/// <summary>Centres of the caller's subtree (a county officer sees the county's centre, not the city's); the organisations in one only within reach.</summary>
public static class CentreQueries
{
    /// <summary>Centres of a region subtree established on the city days from–to (both inclusive): the city's first, then by county.</summary>
    public static async Task<Results<Ok<Page<CentreResponse>>, ValidationProblem, ProblemHttpResult>> ListAsync(
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

    public static async Task<Results<Ok<CentreDetailResponse>, NotFound>> GetAsync(Guid id, ClaimsPrincipal user, IncubationDb db, CancellationToken cancellationToken)
    {
        if (await db.Centres.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) is not { } centre || !user.CanReach(centre.RegionCode))
        {
            return TypedResults.NotFound();
        }

        var incubating = await db.Organisations.AsNoTracking()
            .Where(o => o.CentreId == id && o.State == OrganisationState.Incubating)
            .VisibleTo(user)
            .OrderBy(o => o.Name)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new CentreDetailResponse(centre.ToResponse(),
            [.. incubating.Where(o => user.CanReachOrganisation(o.Id, o.CommunityCode)).Select(o => new IncubatingOrganisation(o.Id, o.Name, o.CommunityCode))]));
    }
}
