using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.PartyBuilding.Data;

namespace Platform.PartyBuilding.Organisations;

public static class GetOrganisation
{
    public static async Task<Results<Ok<OrganisationResponse>, NotFound>> HandleAsync(Guid id, PartyDb db, CancellationToken cancellationToken) =>
        await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken) is { } organisation
            ? TypedResults.Ok(organisation.ToResponse())
            : TypedResults.NotFound();
}
