using Platform.Messaging;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.PartyBuilding.Shared;
using Platform.PartyBuilding.Data;

namespace Platform.PartyBuilding.Organisations;

public static class DissolveOrganisation
{
    /// <summary>Dissolves an organisation; the row stays, because reports and history refer to it.</summary>
    public static async Task<Results<Ok<OrganisationResponse>, NotFound, ProblemHttpResult>> HandleAsync(
        Guid id, CommandRequest? request, ClaimsPrincipal user, PartyDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.FindReachableOrganisationAsync(user, id, tracked: true, cancellationToken) is not { } organisation)
        {
            return TypedResults.NotFound();
        }

        if (organisation.Dissolved)
        {
            return Problems.Conflict("id", "The organisation is already dissolved.");
        }

        if (await db.Organisations.AnyAsync(o => o.ParentId == id && !o.Dissolved, cancellationToken))
        {
            return Problems.Conflict("id", "Dissolve the active organisations under this one first.");
        }

        if (request?.Version is { } version)
        {
            db.ExpectVersion(organisation, version);
        }

        var now = clock.GetUtcNow();
        organisation.Dissolve(now);
        db.Publish(organisation.DissolvedEvent(now));
        await db.SaveChangesAsync(cancellationToken);

        return TypedResults.Ok(organisation.ToResponse());
    }
}
