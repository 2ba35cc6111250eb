using Platform.Contracts.Volunteers;

namespace Platform.Charity.Redemptions;

/// <summary>Volunteers took the points: the redemption is fulfilled (once; see <see cref="RedemptionSaga"/>).</summary>
public sealed class PointsDebitedConsumer(CharityDb db, RedemptionSaga saga) : IdempotentConsumer<PointsDebited, CharityDb>(db)
{
    protected override Task ApplyAsync(PointsDebited message, CancellationToken cancellationToken) =>
        saga.PointsDebitedAsync(message.RedemptionId, cancellationToken);
}

/// <summary>Volunteers refused (too few points, unknown volunteer): the reserved stock goes back on the shelf.</summary>
public sealed class PointsDebitRefusedConsumer(CharityDb db, RedemptionSaga saga) : IdempotentConsumer<PointsDebitRefused, CharityDb>(db)
{
    protected override Task ApplyAsync(PointsDebitRefused message, CancellationToken cancellationToken) =>
        saga.PointsRefusedAsync(message.RedemptionId, message.Reason, cancellationToken);
}
