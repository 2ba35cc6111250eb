using Platform.Data;
using Platform.ServiceDefaults.Problems;
using Platform.Messaging;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.PartyBuilding.Shared;
using Platform.PartyBuilding.Data;

namespace Platform.PartyBuilding.Organisations;

public sealed record EstablishOrganisationRequest(
    [Required, StringLength(100, MinimumLength = 1)] string Name,
    [Required] PartyOrganisationKind? Kind,
    [Required, StringLength(15, MinimumLength = 6)] string RegionCode,
    Guid? ParentId,
    [Required, StringLength(50, MinimumLength = 1)] string Secretary,
    [Required] DateOnly? FoundedOn);

public static class EstablishOrganisation
{
    public static async Task<Results<Created<OrganisationResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        EstablishOrganisationRequest request, ClaimsPrincipal user, PartyDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        // The parent is not checked for reach: the placement rules already require it to be responsible for the region,
        // and a branch's parent may be its county's committee, above a community worker's reach.
        if (await db.RefuseOutOfReachAsync(user, request.RegionCode, "regionCode", cancellationToken) is { } outOfReach)
        {
            return outOfReach;
        }

        var now = clock.GetUtcNow();
        if (request.FoundedOn > DateOnly.FromDateTime(now.UtcDateTime.AddDays(1)))
        {
            return Problems.Invalid("foundedOn", "The founding date cannot be in the future.");
        }

        var region = await db.Regions.FindAsync([request.RegionCode], cancellationToken);
        var parent = request.ParentId is { } parentId ? await db.Organisations.FindAsync([parentId], cancellationToken) : null;
        var parentRegion = parent is null ? null : await db.Regions.FindAsync([parent.RegionCode], cancellationToken);
        var errors = PartyOrganisation.CheckEstablishment(request.Kind!.Value, region, parent, parentRegion, request.ParentId is not null);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var organisation = PartyOrganisation.Establish(request.Name, request.Kind.Value, request.RegionCode, request.ParentId,
            request.Secretary, request.FoundedOn!.Value, now);
        db.Organisations.Add(organisation);
        db.Publish(organisation.Established(now));
        var refusals = new Dictionary<string, Refusal>
        {
            [PartyOrganisationConfiguration.OnePerRegionIndex] = new("regionCode", $"This region already has an active {request.Kind}."),
        };
        if (await db.SaveOrRefuseAsync(refusals, cancellationToken) is { } refusal)
        {
            return refusal.ToConflict();
        }

        return TypedResults.Created($"{PartyBuildingService.Prefix}/organisations/{organisation.Id}", organisation.ToResponse());
    }
}
