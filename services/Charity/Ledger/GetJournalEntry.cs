namespace Platform.Charity.Ledger;

public static class GetJournalEntry
{
    public static async Task<Results<Ok<JournalEntryResponse>, NotFound>> HandleAsync(
        Guid id, ClaimsPrincipal user, CharityDb db, CancellationToken cancellationToken) =>
        await db.JournalEntries.AsNoTracking().Include(e => e.Lines).FirstOrDefaultAsync(e => e.Id == id, cancellationToken) is { } entry
            && user.CanReach(entry.CommunityCode)
            ? TypedResults.Ok(entry.ToResponse())
            : TypedResults.NotFound();
}
