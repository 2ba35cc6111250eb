namespace Platform.Charity.Lottery;

public sealed record SalesReportResponse(
    Guid Id, Guid OutletId, string CommunityCode, Guid FundId, DateOnly PeriodStart, DateOnly PeriodEnd, long SalesFen, long RevenueFen,
    decimal FundSharePercent, long FundShareFen, long CollectiveShareFen, DateTimeOffset ReportedAt);

internal static class SalesReportMapping
{
    public static SalesReportResponse ToResponse(this SalesReport r) =>
        new(r.Id, r.OutletId, r.CommunityCode, r.FundId, r.PeriodStart, r.PeriodEnd, r.SalesFen, r.RevenueFen, r.FundSharePercent,
            r.FundShareFen, r.CollectiveShareFen, r.ReportedAt);
}
