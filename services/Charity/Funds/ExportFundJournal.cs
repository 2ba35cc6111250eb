using System.Text;

namespace Platform.Charity.Funds;

public static class ExportFundJournal
{
    /// <summary>Streams every line of the fund's account as UTF-8 CSV with a BOM (so spreadsheet programs read the Chinese).</summary>
    public static async Task<Results<PushStreamHttpResult, NotFound>> HandleAsync(
        Guid id, ClaimsPrincipal user, CharityDb db, CancellationToken cancellationToken)
    {
        if (await db.FindReachableAsync(id, user, cancellationToken) is not { } fund)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Stream(async body =>
        {
            await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            await writer.WriteLineAsync("entry_id,recorded_at,kind,memo,debit_fen,credit_fen,balance_fen");
            var balance = 0L;
            await foreach (var (entry, line) in db.JournalOf(fund, new DateRange(null, null)).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                balance += line.CreditFen - line.DebitFen;
                await writer.WriteLineAsync(FormattableString.Invariant(
                    $"{entry.Id},{entry.RecordedAt:O},{entry.Kind},{Quote(entry.Memo)},{line.DebitFen},{line.CreditFen},{balance}"));
            }
        }, "text/csv; charset=utf-8", $"fund-{id}-journal.csv");
    }

    private static string Quote(string text) => $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
