namespace Platform.Charity.Ledger;

/// <summary>Balances are derived: the sum of an account's lines, never a stored figure.</summary>
public static class Books
{
    public static Task<long> BalanceAsync(this CharityDb db, string account, CancellationToken cancellationToken) =>
        db.JournalLines.Where(l => l.Account == account).SumAsync(l => l.CreditFen - l.DebitFen, cancellationToken);

    public static Task<long> BalanceBeforeAsync(this CharityDb db, string account, DateTimeOffset before, CancellationToken cancellationToken) =>
        db.JournalLines.Where(l => l.Account == account)
            .Join(db.JournalEntries.Where(e => e.RecordedAt < before), l => l.EntryId, e => e.Id, (l, _) => l)
            .SumAsync(l => l.CreditFen - l.DebitFen, cancellationToken);
}
