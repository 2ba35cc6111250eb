namespace Platform.Charity.Funds;

/// <summary>A status change; <see cref="Version"/>, when given, must be the fund's version the client read.</summary>
public sealed record ChangeFundStatusRequest([Required] FundStatus? Status, uint? Version);

public static class ChangeFundStatus
{
    public static async Task<Results<Ok<FundResponse>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, ChangeFundStatusRequest request, ClaimsPrincipal user, CharityDb db, CancellationToken cancellationToken) =>
        await db.InTransactionAsync<Results<Ok<FundResponse>, NotFound, ValidationProblem, ProblemHttpResult>>(async ct =>
        {
            if (await db.LockFundAsync(id, ct) is not { } fund || !user.CanReach(fund.CommunityCode))
            {
                return TypedResults.NotFound();
            }

            // The row is locked, so the version read here is the one the change is made against.
            if (request.Version is { } version && version != fund.Version)
            {
                return ConflictProblem.For("version", "The fund was changed since this version was read; read it again.");
            }

            if (fund.ChangeStatus(request.Status!.Value) is { } refusal)
            {
                return ConflictProblem.For("status", refusal);
            }

            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(await fund.ToResponseAsync(db, ct));
        }, cancellationToken);
}
