namespace Platform.Charity.Ledger;

/// <summary>One side of a journal entry on one account: a positive debit or a positive credit, in fen.</summary>
public sealed class JournalLine
{
    private JournalLine()
    {
    }

    public JournalLine(string account, long debitFen, long creditFen)
    {
        Account = account;
        DebitFen = debitFen;
        CreditFen = creditFen;
    }

    public Guid EntryId { get; private init; }
    public int Number { get; private init; }
    public string Account { get; private init; } = "";
    public long DebitFen { get; private init; }
    public long CreditFen { get; private init; }

    public bool IsOneSided => (DebitFen > 0 && CreditFen == 0) || (CreditFen > 0 && DebitFen == 0);

    public static JournalLine Debit(string account, long fen) => new(account, fen, 0);

    public static JournalLine Credit(string account, long fen) => new(account, 0, fen);

    internal JournalLine For(Guid entryId, int number) =>
        new(Account, DebitFen, CreditFen) { EntryId = entryId, Number = number };
}
