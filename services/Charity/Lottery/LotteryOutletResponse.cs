namespace Platform.Charity.Lottery;

public sealed record LotteryOutletResponse(Guid Id, string Name, string CommunityCode, decimal FundSharePercent, DateTimeOffset RegisteredAt);

internal static class LotteryOutletMapping
{
    public static LotteryOutletResponse ToResponse(this LotteryOutlet o) => new(o.Id, o.Name, o.CommunityCode, o.FundSharePercent, o.RegisteredAt);
}
