namespace Platform.Charity.Funds;

public sealed record EstablishFundRequest(
    [Required, StringLength(100, MinimumLength = 1)] string Name,
    [Required] Guid? FederationId,
    [Required, StringLength(12, MinimumLength = 12)] string CommunityCode);

public static class EstablishFund
{
    public static async Task<Results<Created<FundResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        EstablishFundRequest request, ClaimsPrincipal user, CharityDb db, RegionDirectory regions, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!user.CanReach(request.CommunityCode))
        {
            return ScopeProblems.OutOfReach("communityCode");
        }

        var federation = await db.Federations.FindAsync([request.FederationId], cancellationToken);
        var errors = Fund.CheckEstablishment(federation, request.CommunityCode,
            await regions.IsLiveCommunityAsync(request.CommunityCode, cancellationToken));
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var fund = Fund.Establish(request.Name, federation!, request.CommunityCode, clock.GetUtcNow());
        db.Funds.Add(fund);
        db.Publish(fund.Established());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{CharityService.Prefix}/funds/{fund.Id}", await fund.ToResponseAsync(db, cancellationToken));
    }
}
