namespace Platform.Charity.Funds;

public static class GetFund
{
    public static async Task<Results<Ok<FundResponse>, NotFound>> HandleAsync(
        Guid id, ClaimsPrincipal user, CharityDb db, CancellationToken cancellationToken) =>
        await db.FindReachableAsync(id, user, cancellationToken) is { } fund
            ? TypedResults.Ok(await fund.ToResponseAsync(db, cancellationToken))
            : TypedResults.NotFound();
}
