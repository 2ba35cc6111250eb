using Platform.Contracts.Charity;
using Platform.Messaging;
using Platform.Volunteers.Data;

namespace Platform.Volunteers.Points;

/// <summary>Charity's redemption saga asks for points; the answer is published in the same transaction as the debit.</summary>
public sealed class PointsRedemptionRequestedConsumer(VolunteersDb db, PointsLedger ledger)
    : IdempotentConsumer<PointsRedemptionRequested, VolunteersDb>(db)
{
    protected override Task ApplyAsync(PointsRedemptionRequested message, CancellationToken cancellationToken) =>
        ledger.DebitAsync(message, cancellationToken);
}

public sealed class PointsRedemptionCancelledConsumer(VolunteersDb db, PointsLedger ledger)
    : IdempotentConsumer<PointsRedemptionCancelled, VolunteersDb>(db)
{
    protected override Task ApplyAsync(PointsRedemptionCancelled message, CancellationToken cancellationToken) =>
        ledger.ReverseAsync(message, cancellationToken);
}
