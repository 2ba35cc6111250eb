using Microsoft.Extensions.Options;
using Platform.Charity.Supermarkets;

namespace Platform.Charity.Redemptions;

public sealed class RedemptionOptions
{
    /// <summary>How long a reservation waits for Volunteers' answer before it is released (<c>Charity:Redemptions:AnswerWithin</c>).</summary>
    public TimeSpan AnswerWithin { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the expiry job looks for reservations past their time.</summary>
    public TimeSpan SweepEvery { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Redemptions one volunteer may start in any 24 hours (<c>Charity:Redemptions:PerVolunteerPerDay</c>): a stolen token cannot empty a shelf.</summary>
    public int PerVolunteerPerDay { get; set; } = 10;
}

/// <summary>
/// The saga's steps after the reservation. Each runs in the caller's transaction on the redemption's locked row and
/// acts only on a pending redemption, so a redelivered answer, a late answer and the expiry job cannot act twice.
/// </summary>
public sealed class RedemptionSaga(CharityDb db, TimeProvider clock, IOptions<RedemptionOptions> options)
{
    private static readonly AdvisoryLock VolunteerLock = new("charity.redemptions.volunteer");

    public TimeSpan AnswerWithin => options.Value.AnswerWithin;

    /// <summary>
    /// When the volunteer may redeem again, or null if now: at most <see cref="RedemptionOptions.PerVolunteerPerDay"/>
    /// in a rolling 24 hours, counted under a lock on the volunteer so concurrent requests count each other.
    /// </summary>
    public Task<TimeSpan?> WaitBeforeNextAsync(Guid volunteerId, CancellationToken cancellationToken) =>
        new SlidingWindow(VolunteerLock, options.Value.PerVolunteerPerDay, TimeSpan.FromDays(1)).WaitAsync(db, volunteerId.ToString(),
            since => db.Redemptions.Where(r => r.VolunteerId == volunteerId && r.RequestedAt > since).Select(r => r.RequestedAt),
            1, clock.GetUtcNow(), cancellationToken);

    public async Task PointsDebitedAsync(Guid redemptionId, CancellationToken cancellationToken)
    {
        if (await LockAsync(redemptionId, cancellationToken) is not { } redemption)
        {
            return;
        }

        if (redemption.IsPending)
        {
            db.Publish(redemption.Fulfil(clock.GetUtcNow()));
        }
        else if (redemption.Status == RedemptionStatus.Cancelled)
        {
            // The debit came after the reservation expired: the goods stay, so the points go back.
            db.Publish(redemption.PointsCancelled(clock.GetUtcNow()));
        }
    }

    public async Task PointsRefusedAsync(Guid redemptionId, string reason, CancellationToken cancellationToken)
    {
        if (await LockAsync(redemptionId, cancellationToken) is { IsPending: true } redemption)
        {
            await CancelAsync(redemption, $"Points refused: {reason}", cancellationToken);
        }
    }

    /// <summary>Releases one reservation that has had no answer in time; false when there is none left to expire.</summary>
    public async Task<bool> ExpireOneAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var redemption = await db.Redemptions
            .FromSql($"SELECT * FROM redemptions WHERE status = 'Reserved' AND expires_at <= {now} ORDER BY expires_at LIMIT 1 FOR UPDATE SKIP LOCKED")
            .FirstOrDefaultAsync(cancellationToken);
        if (redemption is null)
        {
            return false;
        }

        await CancelAsync(redemption, "Expired: no answer from Volunteers in time.", cancellationToken);
        // Volunteers may still debit (the request is on its way): this makes it give the points back.
        db.Publish(redemption.PointsCancelled(clock.GetUtcNow()));
        return true;
    }

    private async Task CancelAsync(Redemption redemption, string reason, CancellationToken cancellationToken)
    {
        await db.ReleaseStockAsync(redemption.StockItemId, redemption.Quantity, cancellationToken);
        db.Publish(redemption.Cancel(reason, clock.GetUtcNow()));
    }

    private Task<Redemption?> LockAsync(Guid id, CancellationToken cancellationToken) =>
        db.Redemptions.FromSql($"SELECT * FROM redemptions WHERE id = {id} FOR UPDATE").FirstOrDefaultAsync(cancellationToken);
}
