namespace Platform.Charity.Redemptions;

public sealed record RedemptionResponse(
    Guid Id, Guid SupermarketId, Guid StockItemId, Guid VolunteerId, int Quantity, long Points, RedemptionStatus Status, string? Reason,
    DateTimeOffset RequestedAt, DateTimeOffset ExpiresAt, DateTimeOffset? ResolvedAt);

internal static class RedemptionMapping
{
    public static RedemptionResponse ToResponse(this Redemption r) =>
        new(r.Id, r.SupermarketId, r.StockItemId, r.VolunteerId, r.Quantity, r.Points, r.Status, r.Reason, r.RequestedAt, r.ExpiresAt, r.ResolvedAt);
}
