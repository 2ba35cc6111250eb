using Platform.RegionReplica.Queries;
using Platform.ServiceDefaults.Security;

namespace Platform.Charity.Lottery;

public static class ListLotterySalesReports
{
    /// <summary>An outlet's sales reports in period order, paged like every list.</summary>
    public static async Task<Results<Ok<Page<SalesReportResponse>>, ValidationProblem, NotFound>> HandleAsync(
        Guid id, ClaimsPrincipal user, CharityDb db, CancellationToken cancellationToken, int? page = null, int? pageSize = null)
    {
        var paging = new PageRequest(page, pageSize);
        if (paging.Check() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await db.LotteryOutlets.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken) is not { } outlet || !user.CanReach(outlet.CommunityCode))
        {
            return TypedResults.NotFound();
        }

        var reports = await db.SalesReports.AsNoTracking().Where(r => r.OutletId == id).OrderBy(r => r.PeriodStart).ThenBy(r => r.Id)
            .ToPageAsync(paging, cancellationToken);
        return TypedResults.Ok(reports.Map(r => r.ToResponse()));
    }
}
