namespace Platform.Charity.Ledger;

/// <summary>The city days of a <see cref="DateRange"/> as a filter on when an entry was recorded.</summary>
public static class EntriesInRange
{
    public static IQueryable<JournalEntry> RecordedIn(this IQueryable<JournalEntry> entries, DateRange range)
    {
        if (range.StartsAt is { } start)
        {
            entries = entries.Where(e => e.RecordedAt >= start);
        }

        return range.EndsBefore is { } end ? entries.Where(e => e.RecordedAt < end) : entries;
    }
}
