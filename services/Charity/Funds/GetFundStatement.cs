using Platform.Charity.Ledger;

namespace Platform.Charity.Funds;

/// <summary>A fund's movements on the city days from–to, both inclusive: each line of the fund's account with the balance after it.</summary>
public sealed record FundStatementLine(Guid EntryId, JournalEntryKind Kind, string Memo, DateTimeOffset RecordedAt, long DebitFen, long CreditFen, long BalanceFen);

public sealed record FundStatementResponse(
    Guid FundId, DateOnly? From, DateOnly? To, long OpeningBalanceFen, IReadOnlyList<FundStatementLine> Lines, long ClosingBalanceFen);

/// <summary>A fund's statement for city days from–to (both inclusive).</summary>
public static class GetFundStatement
{
    public static async Task<Results<Ok<FundStatementResponse>, NotFound, ValidationProblem>> HandleAsync(
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
        await foreach (var (entry, line) in db.JournalOf(fund, range).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            balance += line.CreditFen - line.DebitFen;
            lines.Add(new FundStatementLine(entry.Id, entry.Kind, entry.Memo, entry.RecordedAt, line.DebitFen, line.CreditFen, balance));
        }

        return TypedResults.Ok(new FundStatementResponse(id, from, to, opening, lines, balance));
    }
}
