namespace Platform.Charity.Funds;

public sealed record FundResponse(
    Guid Id, string Name, Guid FederationId, string CommunityCode, FundStatus Status, DateTimeOffset EstablishedAt, long BalanceFen, uint Version);
