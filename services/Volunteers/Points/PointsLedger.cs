using Platform.Messaging;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Charity;
using Platform.Contracts.Volunteers;
using Platform.Volunteers.Data;

namespace Platform.Volunteers.Points;

/// <summary>
/// Spends and gives back love points. Every spend runs in the caller's transaction after locking the volunteer's row
/// (SELECT … FOR UPDATE), so concurrent debits of one volunteer are serialised and the balance never goes below zero.
/// </summary>
public sealed class PointsLedger(VolunteersDb db, TimeProvider clock)
{
    public Task<long> BalanceAsync(Guid volunteerId, CancellationToken cancellationToken) =>
        db.PointsEntries.Where(e => e.VolunteerId == volunteerId).SumAsync(e => e.Points, cancellationToken);

    /// <summary>Debits the redemption once, or refuses it; publishes the answer. The caller saves and commits.</summary>
    public async Task<bool> DebitAsync(PointsRedemptionRequested request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (!await LockAsync(request.VolunteerId, cancellationToken))
        {
            return Refuse(request, "No volunteer has this id.", now);
        }

        if (await FindAsync(request.RedemptionId, PointsEntryKind.Debit, cancellationToken) is { } done)
        {
            // Charity asked again (its own retry): answer the same, debit nothing more.
            db.Publish(new PointsDebited(request.RedemptionId, request.VolunteerId, -done.Points, await BalanceAsync(request.VolunteerId, cancellationToken), now));
            return true;
        }

        if (await db.CancelledRedemptions.AnyAsync(c => c.RedemptionId == request.RedemptionId, cancellationToken))
        {
            return Refuse(request, "The redemption was cancelled.", now);
        }

        var balance = await BalanceAsync(request.VolunteerId, cancellationToken);
        if (request.Points <= 0 || balance < request.Points)
        {
            return Refuse(request, request.Points <= 0 ? "A redemption takes a positive number of points." : "The balance is too low.", now);
        }

        db.PointsEntries.Add(PointsEntry.Debit(request.VolunteerId, request.Points, request.RedemptionId, now));
        db.Publish(new PointsDebited(request.RedemptionId, request.VolunteerId, request.Points, balance - request.Points, now));
        return true;
    }

    /// <summary>
    /// Gives back the points of a cancelled redemption once. A redemption not debited (yet) gives nothing back and is
    /// remembered as cancelled, so that its request, should it come later, is refused.
    /// </summary>
    public async Task ReverseAsync(PointsRedemptionCancelled cancelled, CancellationToken cancellationToken)
    {
        if (!await LockAsync(cancelled.VolunteerId, cancellationToken))
        {
            return;
        }

        if (await FindAsync(cancelled.RedemptionId, PointsEntryKind.Debit, cancellationToken) is not { } debit)
        {
            if (!await db.CancelledRedemptions.AnyAsync(c => c.RedemptionId == cancelled.RedemptionId, cancellationToken))
            {
                db.CancelledRedemptions.Add(CancelledRedemption.Record(cancelled.RedemptionId, cancelled.VolunteerId, cancelled.CancelledAt));
            }

            return;
        }

        if (await FindAsync(cancelled.RedemptionId, PointsEntryKind.Reversal, cancellationToken) is not null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var reversal = debit.Reverse(now);
        db.PointsEntries.Add(reversal);
        var balance = await BalanceAsync(debit.VolunteerId, cancellationToken) + reversal.Points;
        db.Publish(new PointsReversed(cancelled.RedemptionId, debit.VolunteerId, reversal.Points, balance, now));
    }

    private async Task<bool> LockAsync(Guid volunteerId, CancellationToken cancellationToken) =>
        (await db.Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM volunteers WHERE id = {volunteerId} FOR UPDATE")
            .ToListAsync(cancellationToken)).Count == 1;

    private Task<PointsEntry?> FindAsync(Guid redemptionId, PointsEntryKind kind, CancellationToken cancellationToken) =>
        db.PointsEntries.AsNoTracking().FirstOrDefaultAsync(e => e.RedemptionId == redemptionId && e.Kind == kind, cancellationToken);

    private bool Refuse(PointsRedemptionRequested request, string reason, DateTimeOffset now)
    {
        db.Publish(new PointsDebitRefused(request.RedemptionId, request.VolunteerId, request.Points, reason, now));
        return false;
    }
}
