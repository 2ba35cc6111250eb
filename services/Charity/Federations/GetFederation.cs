namespace Platform.Charity.Federations;

public static class GetFederation
{
    public static async Task<Results<Ok<FederationResponse>, NotFound>> HandleAsync(Guid id, ClaimsPrincipal user, CharityDb db, CancellationToken cancellationToken) =>
        await db.Federations.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken) is { } federation && user.CanReach(federation.RegionCode)
            ? TypedResults.Ok(federation.ToResponse())
            : TypedResults.NotFound();
}
