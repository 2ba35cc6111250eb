using Platform.Charity.Funds;

namespace Platform.Charity.Ledger;

public sealed record ReverseEntryRequest([Required, StringLength(200, MinimumLength = 2)] string Reason);

public static class ReverseJournalEntry
{
    /// <summary>
    /// Corrects an entry by posting its reverse (entries are never edited). A reversal that would take a fund below
    /// zero (its money was already paid out) is refused; the funds it touches are locked first.
    /// </summary>
    public static Task<Results<Created<JournalEntryResponse>, NotFound, ProblemHttpResult>> HandleAsync(
        Guid id, ReverseEntryRequest request, ClaimsPrincipal user, CharityDb db, TimeProvider clock, CancellationToken cancellationToken) =>
        db.InTransactionAsync<Results<Created<JournalEntryResponse>, NotFound, ProblemHttpResult>>(async ct =>
        {
            if (await db.JournalEntries.AsNoTracking().Include(e => e.Lines).FirstOrDefaultAsync(e => e.Id == id, ct) is not { } entry
                || !user.CanReach(entry.CommunityCode))
            {
                return TypedResults.NotFound();
            }

            if (entry.ReversesId is not null)
            {
                return ConflictProblem.For("id", "A reversal is not reversed; post a new entry instead.");
            }

            var reversal = entry.Reverse(request.Reason, clock.GetUtcNow());
            foreach (var fundId in reversal.Lines.Select(l => Accounts.FundIdOf(l.Account)).OfType<Guid>().Distinct().Order())
            {
                await db.LockFundAsync(fundId, ct);
                var change = reversal.Lines.Where(l => l.Account == Accounts.Fund(fundId)).Sum(l => l.CreditFen - l.DebitFen);
                if (await db.BalanceAsync(Accounts.Fund(fundId), ct) + change < 0)
                {
                    return ConflictProblem.For("id", "The fund no longer holds this money; reversing would overdraw it.");
                }
            }

            db.JournalEntries.Add(reversal);
            if (entry.Kind is JournalEntryKind.Donation or JournalEntryKind.GoodsDonation
                && await db.Donations.FirstOrDefaultAsync(d => d.Id == entry.SourceId, ct) is { } donation)
            {
                donation.Reverse(reversal.RecordedAt);
            }

            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"{CharityService.Prefix}/ledger/entries/{reversal.Id}", reversal.ToResponse());
        }, cancellationToken);
}
