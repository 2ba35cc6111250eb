namespace Platform.Charity.Federations;

public sealed record EstablishFederationRequest(
    [Required, StringLength(100, MinimumLength = 1)] string Name,
    [Required, StringLength(6, MinimumLength = 6)] string RegionCode);

public static class EstablishFederation
{
    public static async Task<Results<Created<FederationResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        EstablishFederationRequest request, ClaimsPrincipal user, CharityDb db, RegionDirectory regions, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!user.CanReach(request.RegionCode))
        {
            return ScopeProblems.OutOfReach("regionCode");
        }

        var region = await regions.FindAsync(request.RegionCode, cancellationToken);
        var errors = Federation.CheckEstablishment(region is { Retired: false } ? region.Level : null);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var federation = Federation.Establish(request.Name, region!.Level, request.RegionCode, clock.GetUtcNow());
        db.Federations.Add(federation);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{CharityService.Prefix}/federations/{federation.Id}", federation.ToResponse());
    }
}
