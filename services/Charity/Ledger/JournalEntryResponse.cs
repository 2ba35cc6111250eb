namespace Platform.Charity.Ledger;

public sealed record JournalLineResponse(string Account, long DebitFen, long CreditFen);

public sealed record JournalEntryResponse(
    Guid Id, JournalEntryKind Kind, string CommunityCode, Guid SourceId, string Memo, Guid? ReversesId, DateTimeOffset RecordedAt,
    IReadOnlyList<JournalLineResponse> Lines);

internal static class LedgerMapping
{
    public static JournalEntryResponse ToResponse(this JournalEntry e) =>
        new(e.Id, e.Kind, e.CommunityCode, e.SourceId, e.Memo, e.ReversesId, e.RecordedAt,
            [.. e.Lines.OrderBy(l => l.Number).Select(l => new JournalLineResponse(l.Account, l.DebitFen, l.CreditFen))]);
}
