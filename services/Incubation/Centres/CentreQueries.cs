using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Incubation.Data;
using Platform.Incubation.Organisations;
using Platform.ServiceDefaults.Security;

namespace Platform.Incubation.Centres;

/// <summary>Centres are public facts of the city; the organisations in them are shown only within the caller's reach.</summary>
public static class CentreQueries
{
    public static async Task<Ok<List<CentreResponse>>> ListAsync(IncubationDb db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.Centres.AsNoTracking().OrderBy(c => c.Level).ThenBy(c => c.RegionCode).ThenBy(c => c.Name).ToListAsync(cancellationToken))
            .Select(c => c.ToResponse()).ToList());

    public static async Task<Results<Ok<CentreDetailResponse>, NotFound>> GetAsync(Guid id, ClaimsPrincipal user, IncubationDb db, CancellationToken cancellationToken)
    {
        if (await db.Centres.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) is not { } centre)
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
