using Microsoft.EntityFrameworkCore;
using Platform.Charity.Data;
using Platform.Charity.Ledger;

namespace Platform.Charity.Funds;

public static class FundAccess
{
    /// <summary>
    /// Loads the fund and locks its row (SELECT … FOR UPDATE) until the caller's transaction ends: every payment out of
    /// a fund takes this lock first, so two payments never both read a balance that covers only one of them. The row
    /// version (xmin, a system column) is not part of "*", so it is selected by name.
    /// </summary>
    public static Task<Fund?> LockFundAsync(this CharityDb db, Guid fundId, CancellationToken cancellationToken) =>
        db.Funds.FromSql($"SELECT *, xmin FROM funds WHERE id = {fundId} FOR UPDATE").FirstOrDefaultAsync(cancellationToken);

    public static async Task<FundResponse> ToResponseAsync(this Fund f, CharityDb db, CancellationToken cancellationToken) =>
        new(f.Id, f.Name, f.FederationId, f.CommunityCode, f.Status, f.EstablishedAt, await db.BalanceAsync(f.Account, cancellationToken), f.Version);
}
