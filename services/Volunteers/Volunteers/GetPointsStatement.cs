using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Data;
using Platform.RegionReplica.Queries;
using Platform.Volunteers.Data;
using Platform.Volunteers.Volunteers;

using Platform.Volunteers.Points;

namespace Platform.Volunteers.Volunteers;

public sealed record PointsEntryResponse(Guid Id, PointsEntryKind Kind, long Points, Guid? ActivityId, Guid? RedemptionId, DateTimeOffset RecordedAt);

public sealed record PointsStatementResponse(
    Guid VolunteerId, DateOnly? From, DateOnly? To, long OpeningBalance, IReadOnlyList<PointsEntryResponse> Entries,
    long ClosingBalance, long Balance);

public static class GetPointsStatement
{
    /// <summary>
    /// The ledger lines recorded on the city days from <c>from</c> to <c>to</c> (both inclusive, either open) with the
    /// balances around them, oldest first, then by id; without a period, the whole ledger.
    /// </summary>
    public static async Task<Results<Ok<PointsStatementResponse>, NotFound, ValidationProblem>> HandleAsync(
        Guid id, DateOnly? from, DateOnly? to, ClaimsPrincipal user, VolunteersDb db, PointsLedger ledger, CancellationToken cancellationToken)
    {
        var period = new DateRange(from, to);
        if (period.Check() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!await db.CanSeeVolunteerAsync(user, id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var (startsAt, endsBefore) = (period.StartsAt, period.EndsBefore);
        var ledgerLines = db.PointsEntries.AsNoTracking().Where(e => e.VolunteerId == id);
        var opening = startsAt is null ? 0 : await ledgerLines.Where(e => e.RecordedAt < startsAt).SumAsync(e => e.Points, cancellationToken);
        var entries = await ledgerLines
            .Where(e => (startsAt == null || e.RecordedAt >= startsAt) && (endsBefore == null || e.RecordedAt < endsBefore))
            .OrderBy(e => e.RecordedAt).ThenBy(e => e.Id)
            .Select(e => new PointsEntryResponse(e.Id, e.Kind, e.Points, e.ActivityId, e.RedemptionId, e.RecordedAt))
            .ToListAsync(cancellationToken);
        var balance = await ledger.BalanceAsync(id, cancellationToken);
        return TypedResults.Ok(new PointsStatementResponse(id, from, to, opening, entries, opening + entries.Sum(e => e.Points), balance));
    }
}
