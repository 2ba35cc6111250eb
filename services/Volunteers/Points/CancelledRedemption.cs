namespace Platform.Volunteers.Points;

/// <summary>
/// A redemption Charity cancelled before its request was debited here. Requests and cancellations arrive in any
/// order; a request that comes after its cancellation is refused instead of debited.
/// </summary>
public sealed class CancelledRedemption
{
    private CancelledRedemption()
    {
    }

    public Guid RedemptionId { get; private init; }
    public Guid VolunteerId { get; private init; }
    public DateTimeOffset CancelledAt { get; private init; }

    public static CancelledRedemption Record(Guid redemptionId, Guid volunteerId, DateTimeOffset cancelledAt) =>
        new() { RedemptionId = redemptionId, VolunteerId = volunteerId, CancelledAt = cancelledAt };
}
