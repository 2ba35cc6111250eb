using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Volunteers.Data;
using Platform.Volunteers.Volunteers;

namespace Platform.Volunteers.Points;

public sealed record PointsEntryResponse(Guid Id, PointsEntryKind Kind, long Points, Guid? ActivityId, Guid? RedemptionId, DateTimeOffset RecordedAt);

public sealed record PointsStatementResponse(
    Guid VolunteerId, DateTimeOffset? From, DateTimeOffset? To, long OpeningBalance, IReadOnlyList<PointsEntryResponse> Entries,
    long ClosingBalance, long Balance);

public static class PointsStatement
{
    /// <summary>The ledger lines of a period [from, to) with the balances around them; without a period, the whole ledger.</summary>
    public static async Task<Results<Ok<PointsStatementResponse>, NotFound, ValidationProblem>> HandleAsync(
        Guid id, DateTimeOffset? from, DateTimeOffset? to, ClaimsPrincipal user, VolunteersDb db, PointsLedger ledger, CancellationToken cancellationToken)
    {
        if (from is not null && to is not null && to <= from)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["to"] = ["The period ends after it starts."] });
        }

        if (!await db.CanSeeVolunteerAsync(user, id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var ledgerLines = db.PointsEntries.AsNoTracking().Where(e => e.VolunteerId == id);
        var opening = from is null ? 0 : await ledgerLines.Where(e => e.RecordedAt < from).SumAsync(e => e.Points, cancellationToken);
        var entries = await ledgerLines
            .Where(e => (from == null || e.RecordedAt >= from) && (to == null || e.RecordedAt < to))
            .OrderBy(e => e.RecordedAt).ThenBy(e => e.Id)
            .Select(e => new PointsEntryResponse(e.Id, e.Kind, e.Points, e.ActivityId, e.RedemptionId, e.RecordedAt))
            .ToListAsync(cancellationToken);
        var balance = await ledger.BalanceAsync(id, cancellationToken);
        return TypedResults.Ok(new PointsStatementResponse(id, from, to, opening, entries, opening + entries.Sum(e => e.Points), balance));
    }
}
