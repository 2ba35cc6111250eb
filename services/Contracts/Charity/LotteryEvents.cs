namespace Platform.Contracts.Charity;

/// <summary>A welfare-lottery outlet (福彩销售点) run by a community; its revenue splits by <see cref="FundSharePercent"/>.</summary>
public sealed record LotteryOutletRegistered(
    Guid OutletId, string Name, string CommunityCode, decimal FundSharePercent, DateTimeOffset RegisteredAt);

/// <summary>
/// A sales report's community revenue was split between the collective economy account and the charity fund;
/// <c>CollectiveShareFen + FundShareFen == RevenueFen</c>.
/// </summary>
public sealed record LotteryRevenueShared(
    Guid ReportId, Guid OutletId, string CommunityCode, Guid FundId, DateOnly PeriodStart, DateOnly PeriodEnd,
    long RevenueFen, long CollectiveShareFen, long FundShareFen, DateTimeOffset SharedAt);
