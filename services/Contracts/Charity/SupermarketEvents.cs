namespace Platform.Contracts.Charity;

/// <summary>A charity supermarket (慈善超市) opened in a community.</summary>
public sealed record SupermarketOpened(Guid SupermarketId, string Name, string CommunityCode, DateTimeOffset OpenedAt);

/// <summary>The saga ended well: points debited, stock taken.</summary>
public sealed record RedemptionFulfilled(
    Guid RedemptionId, Guid SupermarketId, Guid VolunteerId, string CommunityCode, long Points, DateTimeOffset FulfilledAt);

/// <summary>The saga ended without goods: refused, expired or cancelled; the stock was released.</summary>
public sealed record RedemptionCancelled(
    Guid RedemptionId, Guid SupermarketId, Guid VolunteerId, string CommunityCode, string Reason, DateTimeOffset CancelledAt);
