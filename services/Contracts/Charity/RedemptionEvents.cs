namespace Platform.Contracts.Charity;

/// <summary>
/// A charity supermarket asks Volunteers to take love points for a redemption (saga step). Volunteers answers with
/// <c>PointsDebited</c> or <c>PointsDebitRefused</c> carrying the same <see cref="RedemptionId"/>, and debits at most once per id.
/// </summary>
public sealed record PointsRedemptionRequested(
    Guid RedemptionId, Guid VolunteerId, long Points, Guid SupermarketId, DateTimeOffset RequestedAt);

/// <summary>A redemption whose points were debited was cancelled; Volunteers gives the points back once.</summary>
public sealed record PointsRedemptionCancelled(
    Guid RedemptionId, Guid VolunteerId, DateTimeOffset CancelledAt);
