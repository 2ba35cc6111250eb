namespace Platform.Charity.Ledger;

/// <summary>A period [from, to) from the query string; either end may be open.</summary>
public sealed record Period(DateTimeOffset? From, DateTimeOffset? To)
{
    public Dictionary<string, string[]> Check() =>
        From is not null && To is not null && To <= From
            ? new() { ["to"] = ["The period ends after it starts."] }
            : [];

    public IQueryable<JournalEntry> Select(IQueryable<JournalEntry> entries) =>
        entries.Where(e => (From == null || e.RecordedAt >= From) && (To == null || e.RecordedAt < To));
}
