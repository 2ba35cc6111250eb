using Platform.RegionReplica.Queries;
using Platform.ServiceDefaults.Security;

namespace Platform.Charity.Lottery;

public sealed record ReportSalesRequest(
    [Required] DateOnly? PeriodStart,
    [Required] DateOnly? PeriodEnd,
    [Required] long? SalesFen,
    [Required] long? RevenueFen);

public static class ReportLotterySales
{
    /// <summary>A periodic sales report: the community's revenue is split and each share posted as its own journal entry.</summary>
    public static async Task<Results<Created<SalesReportResponse>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, ReportSalesRequest request, ClaimsPrincipal user, CharityDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.LotteryOutlets.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken) is not { } outlet
            || !user.CanReach(outlet.CommunityCode))
        {
            return TypedResults.NotFound();
        }

        var figures = new SalesFigures(request.PeriodStart!.Value, request.PeriodEnd!.Value, request.SalesFen!.Value, request.RevenueFen!.Value);
        if (figures.Check() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await db.Funds.AsNoTracking().FirstOrDefaultAsync(f => f.CommunityCode == outlet.CommunityCode, cancellationToken) is not { IsActive: true } fund)
        {
            return ConflictProblem.For("id", "The community's charity fund is not active and cannot take its share.");
        }

        var (report, entries) = outlet.Share(fund, figures, clock.GetUtcNow());
        db.SalesReports.Add(report);
        db.JournalEntries.AddRange(entries);
        db.Publish(report.Shared());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{CharityService.Prefix}/lottery/outlets/{id}/reports/{report.Id}", report.ToResponse());
    }
}
