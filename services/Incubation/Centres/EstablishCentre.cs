using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts.Incubation;
using Platform.Data;
using Platform.Incubation.Data;
using Platform.Incubation.Shared;
using Platform.Messaging;
using Platform.RegionReplica;
using Platform.Security;

namespace Platform.Incubation.Centres;

public sealed record EstablishCentreRequest(
    [Required, StringLength(100, MinimumLength = 2)] string Name,
    [Required] CentreLevel? Level,
    [Required, StringLength(6, MinimumLength = 6)] string RegionCode,
    [Required, Range(1, 1_000_000)] int? AreaSquareMetres,
    [MaxLength(20)] string[]? Functions);

public static class EstablishCentre
{
    public static async Task<Results<Created<CentreResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        EstablishCentreRequest request, ClaimsPrincipal user, IncubationDb db, RegionDirectory regions, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!user.CanReach(request.RegionCode))
        {
            return ScopeProblems.OutOfReach("regionCode");
        }

        var region = await regions.FindAsync(request.RegionCode, cancellationToken);
        var errors = IncubationCentre.CheckEstablishment(request.Level!.Value, region is { Retired: false } ? region.Level : null);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var centre = IncubationCentre.Establish(request.Name, request.Level.Value, request.RegionCode, request.AreaSquareMetres!.Value, request.Functions, clock.GetUtcNow());
        db.Centres.Add(centre);
        db.Publish(centre.Established());
        if (await db.SaveOrRefuseAsync(UniqueRefusals.ByIndex, cancellationToken) is { } duplicate)
        {
            return duplicate.ToConflict();
        }

        return TypedResults.Created($"{IncubationService.Prefix}/centres/{centre.Id}", centre.ToResponse());
    }
}
