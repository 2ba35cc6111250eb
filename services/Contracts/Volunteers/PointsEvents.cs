namespace Platform.Contracts.Volunteers;

/// <summary>Love points (爱心积分) earned by confirmed service hours.</summary>
public sealed record PointsCredited(
    Guid EntryId, Guid VolunteerId, long Points, Guid ActivityId, DateTimeOffset CreditedAt);

/// <summary>The answer to <c>Charity.PointsRedemptionRequested</c> when the points were taken.</summary>
public sealed record PointsDebited(
    Guid RedemptionId, Guid VolunteerId, long Points, long Balance, DateTimeOffset DebitedAt);

/// <summary>The answer to <c>Charity.PointsRedemptionRequested</c> when they were not (unknown volunteer, balance too low).</summary>
public sealed record PointsDebitRefused(
    Guid RedemptionId, Guid VolunteerId, long Points, string Reason, DateTimeOffset RefusedAt);

/// <summary>The points of a cancelled redemption were given back.</summary>
public sealed record PointsReversed(
    Guid RedemptionId, Guid VolunteerId, long Points, long Balance, DateTimeOffset ReversedAt);
