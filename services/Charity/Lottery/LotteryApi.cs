using Platform.Messaging;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Charity.Data;
using Platform.RegionReplica;
using Platform.Data;
using Platform.RegionReplica.Queries;
using Platform.ServiceDefaults.Problems;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.Charity.Lottery;

public sealed record RegisterOutletRequest(
    [Required, StringLength(100, MinimumLength = 1)] string Name,
    [Required, StringLength(12, MinimumLength = 12)] string CommunityCode,
    [Required] decimal? FundSharePercent);

public sealed record ReportSalesRequest(
    [Required] DateOnly? PeriodStart,
    [Required] DateOnly? PeriodEnd,
    [Required] long? SalesFen,
    [Required] long? RevenueFen);

public static class LotteryApi
{
    public static async Task<Results<Created<LotteryOutletResponse>, ValidationProblem, ProblemHttpResult>> RegisterAsync(
        RegisterOutletRequest request, ClaimsPrincipal user, CharityDb db, RegionDirectory regions, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!user.CanReach(request.CommunityCode))
        {
            return ScopeProblems.OutOfReach("communityCode");
        }

        var errors = LotteryOutlet.CheckRegistration(request.FundSharePercent!.Value,
            await regions.CommunityProblemAsync(request.CommunityCode, cancellationToken),
            await db.Funds.AnyAsync(f => f.CommunityCode == request.CommunityCode, cancellationToken));
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var outlet = LotteryOutlet.Register(request.Name, request.CommunityCode, request.FundSharePercent.Value, clock.GetUtcNow());
        db.LotteryOutlets.Add(outlet);
        db.Publish(outlet.Registered());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{CharityApi.Prefix}/lottery/outlets/{outlet.Id}", outlet.ToResponse());
    }

    public static async Task<Results<Ok<Page<LotteryOutletResponse>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        [FromQuery(Name = "region")] string? region, DateOnly? from, DateOnly? to, ClaimsPrincipal user, [AsParameters] PageRequest page, CharityDb db,
        RegionDirectory regions, CancellationToken cancellationToken)
    {
        var range = new DateRange(from, to);
        if (range.Check() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await regions.ListInRegionAsync(region, user, page,
            prefix => db.LotteryOutlets.AsNoTracking().Where(o => o.CommunityCode.StartsWith(prefix)).Within(range, o => o.RegisteredAt).OrderBy(o => o.CommunityCode).ThenBy(o => o.Name).ThenBy(o => o.Id),
            o => o.ToResponse(), cancellationToken);
    }

    public static async Task<Results<Ok<LotteryOutletResponse>, NotFound>> GetAsync(
        Guid id, ClaimsPrincipal user, CharityDb db, CancellationToken cancellationToken) =>
        await db.LotteryOutlets.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken) is { } outlet && user.CanReach(outlet.CommunityCode)
            ? TypedResults.Ok(outlet.ToResponse())
            : TypedResults.NotFound();

    /// <summary>A periodic sales report: the community's revenue is split and each share posted as its own journal entry.</summary>
    public static async Task<Results<Created<SalesReportResponse>, NotFound, ValidationProblem, ProblemHttpResult>> ReportAsync(
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
        return TypedResults.Created($"{CharityApi.Prefix}/lottery/outlets/{id}/reports/{report.Id}", report.ToResponse());
    }

    /// <summary>An outlet's sales reports in period order, paged like every list.</summary>
    public static async Task<Results<Ok<Page<SalesReportResponse>>, ValidationProblem, NotFound>> ReportsAsync(
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

    private static LotteryOutletResponse ToResponse(this LotteryOutlet o) => new(o.Id, o.Name, o.CommunityCode, o.FundSharePercent, o.RegisteredAt);
}
