namespace Platform.Charity.Ledger;

/// <summary>A community's two balances: its charity fund and its collective economy account.</summary>
public sealed record CommunityAccountsResponse(string CommunityCode, Guid? FundId, long FundBalanceFen, long CollectiveBalanceFen);

public static class GetCommunityAccounts
{
    public static async Task<Results<Ok<CommunityAccountsResponse>, NotFound>> HandleAsync(
        string code, ClaimsPrincipal user, CharityDb db, CancellationToken cancellationToken)
    {
        if (!user.CanReach(code) || code.Length != 12)
        {
            return TypedResults.NotFound();
        }

        var fundId = await db.Funds.Where(f => f.CommunityCode == code).Select(f => (Guid?)f.Id).FirstOrDefaultAsync(cancellationToken);
        var fundBalance = fundId is null ? 0 : await db.BalanceAsync(Accounts.Fund(fundId.Value), cancellationToken);
        return TypedResults.Ok(new CommunityAccountsResponse(code, fundId, fundBalance, await db.BalanceAsync(Accounts.Collective(code), cancellationToken)));
    }
}
