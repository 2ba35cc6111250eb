using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.PartyBuilding.Data;

namespace Platform.PartyBuilding.Organisations;

public static class GetOrganisation
{
    public static async Task<Results<Ok<OrganisationResponse>, NotFound>> HandleAsync(
        Guid id, ClaimsPrincipal user, PartyDb db, CancellationToken cancellationToken) =>
        await db.FindReachableOrganisationAsync(user, id, tracked: false, cancellationToken) is { } organisation
            ? TypedResults.Ok(organisation.ToResponse())
            : TypedResults.NotFound();
}
