using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Incubation.Data;
using Platform.Incubation.Organisations;
using Platform.Security;

namespace Platform.Incubation.Centres;

/// <summary>A centre within reach, with the organisations in incubation there that the caller may see.</summary>
public static class GetCentre
{
    public static async Task<Results<Ok<CentreDetailResponse>, NotFound>> HandleAsync(Guid id, ClaimsPrincipal user, IncubationDb db, CancellationToken cancellationToken)
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
