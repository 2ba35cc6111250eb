namespace Platform.Charity.Ledger;

/// <summary>
/// One balanced double-entry journal entry (记账凭证): its debits equal its credits, in integer fen. Entries are never
/// changed or deleted (the database refuses it); a correction is a <see cref="Reverse">reversing entry</see>.
/// </summary>
public sealed class JournalEntry
{
    private JournalEntry()
    {
    }

    public Guid Id { get; private init; }
    public JournalEntryKind Kind { get; private init; }
    /// <summary>The community whose money moved; region-subtree queries select by it.</summary>
    public string CommunityCode { get; private init; } = "";
    /// <summary>The donation, disbursement, sales report or entry that caused this one.</summary>
    public Guid SourceId { get; private init; }
    public string Memo { get; private init; } = "";
    public Guid? ReversesId { get; private init; }
    public DateTimeOffset RecordedAt { get; private init; }
    public List<JournalLine> Lines { get; private init; } = [];

    /// <exception cref="UnbalancedEntryException">Fewer than two lines, a line that is not one positive side, or debits ≠ credits.</exception>
    public static JournalEntry Create(
        JournalEntryKind kind, string communityCode, Guid sourceId, string memo, DateTimeOffset now, IReadOnlyList<JournalLine> lines) =>
        Create(kind, communityCode, sourceId, memo, now, lines, reversesId: null);

    /// <summary>The entry that undoes this one: every line on the other side.</summary>
    public JournalEntry Reverse(string memo, DateTimeOffset now) =>
        Create(JournalEntryKind.Reversal, CommunityCode, Id, memo, now,
            [.. Lines.Select(l => new JournalLine(l.Account, l.CreditFen, l.DebitFen))], reversesId: Id);

    private static JournalEntry Create(
        JournalEntryKind kind, string communityCode, Guid sourceId, string memo, DateTimeOffset now, IReadOnlyList<JournalLine> lines, Guid? reversesId)
    {
        Check(lines);
        var id = Guid.CreateVersion7(now);
        return new JournalEntry
        {
            Id = id, Kind = kind, CommunityCode = communityCode, SourceId = sourceId, Memo = memo, RecordedAt = now,
            ReversesId = reversesId, Lines = [.. lines.Select((l, i) => l.For(id, i + 1))],
        };
    }

    private static void Check(IReadOnlyList<JournalLine> lines)
    {
        if (lines.Count < 2)
        {
            throw new UnbalancedEntryException("An entry has at least two lines.");
        }

        if (lines.Any(l => !l.IsOneSided))
        {
            throw new UnbalancedEntryException("Each line is a positive debit or a positive credit, not both.");
        }

        var debits = lines.Sum(l => checked(l.DebitFen));
        var credits = lines.Sum(l => checked(l.CreditFen));
        if (debits != credits)
        {
            throw new UnbalancedEntryException($"Debits {debits} fen ≠ credits {credits} fen.");
        }
    }
}

public enum JournalEntryKind
{
    Donation = 1,
    GoodsDonation = 2,
    Disbursement = 3,
    LotteryFundShare = 4,
    LotteryCollectiveShare = 5,
    Reversal = 6,
}

public sealed class UnbalancedEntryException(string message) : InvalidOperationException(message);
