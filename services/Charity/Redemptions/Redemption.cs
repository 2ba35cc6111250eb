using Platform.Contracts.Charity;

namespace Platform.Charity.Redemptions;

/// <summary>
/// A volunteer's redemption of goods for love points (爱心银行兑换), a saga with Volunteers: stock reserved →
/// points requested → fulfilled on debit, or cancelled on refusal or expiry (stock released). Each step happens once:
/// a step is taken only from <see cref="RedemptionStatus.Reserved"/>.
/// </summary>
public sealed class Redemption
{
    private Redemption()
    {
    }

    public Guid Id { get; private init; }
    public Guid SupermarketId { get; private init; }
    public Guid StockItemId { get; private init; }
    public Guid VolunteerId { get; private init; }
    public string CommunityCode { get; private init; } = "";
    public int Quantity { get; private init; }
    public long Points { get; private init; }
    public RedemptionStatus Status { get; private set; }
    public string? Reason { get; private set; }
    public DateTimeOffset RequestedAt { get; private init; }
    public DateTimeOffset ExpiresAt { get; private init; }
    public DateTimeOffset? ResolvedAt { get; private set; }

    public static Redemption Reserve(
        Guid supermarketId, Guid stockItemId, Guid volunteerId, string communityCode, int quantity, long pointsPrice, DateTimeOffset now, TimeSpan answerWithin) =>
        new()
        {
            Id = Guid.CreateVersion7(now), SupermarketId = supermarketId, StockItemId = stockItemId, VolunteerId = volunteerId,
            CommunityCode = communityCode, Quantity = quantity, Points = checked(pointsPrice * quantity), Status = RedemptionStatus.Reserved,
            RequestedAt = now, ExpiresAt = now + answerWithin,
        };

    public bool IsPending => Status == RedemptionStatus.Reserved;

    public PointsRedemptionRequested PointsRequested() => new(Id, VolunteerId, Points, SupermarketId, RequestedAt);

    public RedemptionFulfilled Fulfil(DateTimeOffset now)
    {
        Status = RedemptionStatus.Fulfilled;
        ResolvedAt = now;
        return new RedemptionFulfilled(Id, SupermarketId, VolunteerId, CommunityCode, Points, now);
    }

    /// <summary>Ends the saga without goods; the caller releases the reserved stock.</summary>
    public RedemptionCancelled Cancel(string reason, DateTimeOffset now)
    {
        Status = RedemptionStatus.Cancelled;
        Reason = reason;
        ResolvedAt = now;
        return new RedemptionCancelled(Id, SupermarketId, VolunteerId, CommunityCode, reason, now);
    }

    /// <summary>Asks Volunteers to give back points it may have taken (a debit that arrives after expiry is undone).</summary>
    public PointsRedemptionCancelled PointsCancelled(DateTimeOffset now) => new(Id, VolunteerId, now);
}

public enum RedemptionStatus
{
    Reserved = 1,
    Fulfilled = 2,
    Cancelled = 3,
}
