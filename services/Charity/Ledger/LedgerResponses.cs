namespace Platform.Charity.Ledger;

public sealed record JournalLineResponse(string Account, long DebitFen, long CreditFen);

public sealed record JournalEntryResponse(
    Guid Id, JournalEntryKind Kind, string CommunityCode, Guid SourceId, string Memo, Guid? ReversesId, DateTimeOffset RecordedAt,
    IReadOnlyList<JournalLineResponse> Lines);

/// <summary>A fund's movements on the city days from–to, both inclusive: each line of the fund's account with the balance after it.</summary>
public sealed record FundStatementLine(Guid EntryId, JournalEntryKind Kind, string Memo, DateTimeOffset RecordedAt, long DebitFen, long CreditFen, long BalanceFen);

public sealed record FundStatementResponse(
    Guid FundId, DateOnly? From, DateOnly? To, long OpeningBalanceFen, IReadOnlyList<FundStatementLine> Lines, long ClosingBalanceFen);

internal static class LedgerMapping
{
    public static JournalEntryResponse ToResponse(this JournalEntry e) =>
        new(e.Id, e.Kind, e.CommunityCode, e.SourceId, e.Memo, e.ReversesId, e.RecordedAt,
            [.. e.Lines.OrderBy(l => l.Number).Select(l => new JournalLineResponse(l.Account, l.DebitFen, l.CreditFen))]);
}
