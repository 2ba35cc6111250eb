using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Charity.Data;
using Platform.RegionReplica;
using Platform.RegionReplica.Queries;
using Platform.Data;
using Platform.ServiceDefaults.Problems;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.Charity.Funds;

/// <summary>A status change; <see cref="Version"/>, when given, must be the fund's version the client read.</summary>
public sealed record ChangeFundStatusRequest([Required] FundStatus? Status, uint? Version);

public static class FundQueries
{
    /// <summary>A fund out of the caller's reach answers like an unknown one.</summary>
    public static async Task<Fund?> FindReachableAsync(this CharityDb db, Guid id, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await db.Funds.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken) is { } fund && user.CanReach(fund.CommunityCode)
            ? fund
            : null;

    public static async Task<Results<Ok<FundResponse>, NotFound>> GetAsync(
        Guid id, ClaimsPrincipal user, CharityDb db, CancellationToken cancellationToken) =>
        await db.FindReachableAsync(id, user, cancellationToken) is { } fund
            ? TypedResults.Ok(await fund.ToResponseAsync(db, cancellationToken))
            : TypedResults.NotFound();

    public static async Task<Results<Ok<Page<FundResponse>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        [FromQuery(Name = "region")] string? region, DateOnly? from, DateOnly? to, ClaimsPrincipal user, [AsParameters] PageRequest page, CharityDb db,
        RegionDirectory regions, CancellationToken cancellationToken)
    {
        var range = new DateRange(from, to);
        if (range.Check() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await regions.ListInRegionAsync(region, user, page,
            prefix => db.Funds.AsNoTracking().Where(f => f.CommunityCode.StartsWith(prefix)).Within(range, f => f.EstablishedAt).OrderBy(f => f.CommunityCode).ThenBy(f => f.Id)
                // The balance in the same query; the account code is Accounts.Fund spelled in SQL terms.
                .Select(f => new FundResponse(f.Id, f.Name, f.FederationId, f.CommunityCode, f.Status, f.EstablishedAt,
                    db.JournalLines.Where(l => l.Account == "fund:" + f.Id.ToString()).Sum(l => l.CreditFen - l.DebitFen), f.Version)),
            f => f, cancellationToken);
    }

    public static async Task<Results<Ok<FundResponse>, NotFound, ValidationProblem, ProblemHttpResult>> ChangeStatusAsync(
        Guid id, ChangeFundStatusRequest request, ClaimsPrincipal user, CharityDb db, CancellationToken cancellationToken) =>
        await db.InTransactionAsync<Results<Ok<FundResponse>, NotFound, ValidationProblem, ProblemHttpResult>>(async ct =>
        {
            if (await db.LockFundAsync(id, ct) is not { } fund || !user.CanReach(fund.CommunityCode))
            {
                return TypedResults.NotFound();
            }

            // The row is locked, so the version read here is the one the change is made against.
            if (request.Version is { } version && version != fund.Version)
            {
                return ConflictProblem.For("version", "The fund was changed since this version was read; read it again.");
            }

            if (fund.ChangeStatus(request.Status!.Value) is { } refusal)
            {
                return ConflictProblem.For("status", refusal);
            }

            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(await fund.ToResponseAsync(db, ct));
        }, cancellationToken);
}
