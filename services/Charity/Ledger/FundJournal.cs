using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Charity.Data;
using Platform.Charity.Funds;
using Platform.Data;
using Platform.RegionReplica.Queries;

namespace Platform.Charity.Ledger;

/// <summary>A fund's statement for city days from–to (both inclusive), and its whole journal as CSV.</summary>
public static class FundJournal
{
    public static async Task<Results<Ok<FundStatementResponse>, NotFound, ValidationProblem>> StatementAsync(
        Guid id, DateOnly? from, DateOnly? to, ClaimsPrincipal user, CharityDb db, CancellationToken cancellationToken)
    {
        var range = new DateRange(from, to);
        if (range.Check() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await db.FindReachableAsync(id, user, cancellationToken) is not { } fund)
        {
            return TypedResults.NotFound();
        }

        var opening = range.StartsAt is { } start ? await db.BalanceBeforeAsync(fund.Account, start, cancellationToken) : 0;
        var balance = opening;
        var lines = new List<FundStatementLine>();
        await foreach (var (entry, line) in LinesOf(db, fund, range).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            balance += line.CreditFen - line.DebitFen;
            lines.Add(new FundStatementLine(entry.Id, entry.Kind, entry.Memo, entry.RecordedAt, line.DebitFen, line.CreditFen, balance));
        }

        return TypedResults.Ok(new FundStatementResponse(id, from, to, opening, lines, balance));
    }

    /// <summary>Streams every line of the fund's account as UTF-8 CSV with a BOM (so spreadsheet programs read the Chinese).</summary>
    public static async Task<Results<PushStreamHttpResult, NotFound>> CsvAsync(
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
            await foreach (var (entry, line) in LinesOf(db, fund, new DateRange(null, null)).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                balance += line.CreditFen - line.DebitFen;
                await writer.WriteLineAsync(FormattableString.Invariant(
                    $"{entry.Id},{entry.RecordedAt:O},{entry.Kind},{Quote(entry.Memo)},{line.DebitFen},{line.CreditFen},{balance}"));
            }
        }, "text/csv; charset=utf-8", $"fund-{id}-journal.csv");
    }

    private static IQueryable<EntryLine> LinesOf(CharityDb db, Fund fund, DateRange range)
    {
        var account = fund.Account;
        return db.JournalEntries.AsNoTracking().RecordedIn(range)
            .Join(db.JournalLines.AsNoTracking().Where(l => l.Account == account), e => e.Id, l => l.EntryId, (e, l) => new { e, l })
            .OrderBy(x => x.e.RecordedAt).ThenBy(x => x.e.Id).ThenBy(x => x.l.Number)
            .Select(x => new EntryLine(x.e, x.l));
    }

    private sealed record EntryLine(JournalEntry Entry, JournalLine Line);

    private static string Quote(string text) => $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
