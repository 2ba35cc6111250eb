using Platform.Charity.Ledger;

namespace Platform.Charity.Funds;

public static class FundReads
{
    /// <summary>A fund out of the caller's reach answers like an unknown one.</summary>
    public static async Task<Fund?> FindReachableAsync(this CharityDb db, Guid id, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await db.Funds.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken) is { } fund && user.CanReach(fund.CommunityCode)
            ? fund
            : null;

    /// <summary>
    /// Loads the fund and locks its row (SELECT … FOR UPDATE) until the caller's transaction ends: every payment out of
    /// a fund takes this lock first, so two payments never both read a balance that covers only one of them. The row
    /// version (xmin, a system column) is not part of "*", so it is selected by name.
    /// </summary>
    public static Task<Fund?> LockFundAsync(this CharityDb db, Guid fundId, CancellationToken cancellationToken) =>
        db.Funds.FromSql($"SELECT *, xmin FROM funds WHERE id = {fundId} FOR UPDATE").FirstOrDefaultAsync(cancellationToken);

    public static async Task<FundResponse> ToResponseAsync(this Fund f, CharityDb db, CancellationToken cancellationToken) =>
        new(f.Id, f.Name, f.FederationId, f.CommunityCode, f.Status, f.EstablishedAt, await db.BalanceAsync(f.Account, cancellationToken), f.Version);

    /// <summary>Every line of the fund's account recorded in the range, with its entry, in the order they were booked.</summary>
    public static IQueryable<FundJournalLine> JournalOf(this CharityDb db, Fund fund, DateRange range)
    {
        var account = fund.Account;
        return db.JournalEntries.AsNoTracking().RecordedIn(range)
            .Join(db.JournalLines.AsNoTracking().Where(l => l.Account == account), e => e.Id, l => l.EntryId, (e, l) => new { e, l })
            .OrderBy(x => x.e.RecordedAt).ThenBy(x => x.e.Id).ThenBy(x => x.l.Number)
            .Select(x => new FundJournalLine(x.e, x.l));
    }
}

/// <summary>One line of a fund's account with the entry it belongs to.</summary>
public sealed record FundJournalLine(JournalEntry Entry, JournalLine Line);
