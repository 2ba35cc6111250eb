using Platform.Messaging;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Charity.Data;
using Platform.Charity.Funds;
using Platform.Charity.Ledger;
using Platform.Data;
using Platform.ServiceDefaults.Problems;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.Charity.Disbursements;

public sealed record RequestDisbursementRequest(
    [Required] Guid? FundId,
    [Required] DisbursementKind? Kind,
    [Required] long? AmountFen,
    [Required, StringLength(200, MinimumLength = 2)] string Purpose,
    [Required, StringLength(100, MinimumLength = 1)] string Beneficiary);

/// <summary>An approval; <see cref="Version"/>, when given, must be the disbursement's version the approver read.</summary>
public sealed record ApproveDisbursementRequest(uint? Version);

public static class DisbursementsApi
{
    public static async Task<Results<Created<DisbursementResponse>, ValidationProblem, ProblemHttpResult>> RequestAsync(
        RequestDisbursementRequest request, ClaimsPrincipal user, CharityDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        // A fund out of reach is answered as an unknown one, so its existence does not leak.
        var fund = await db.Funds.AsNoTracking().FirstOrDefaultAsync(f => f.Id == request.FundId, cancellationToken);
        var errors = new Dictionary<string, string[]>();
        if (fund is null || !user.CanReach(fund.CommunityCode))
        {
            fund = null;
            errors["fundId"] = ["No fund you can reach has this id."];
        }

        if (request.AmountFen <= 0)
        {
            errors["amountFen"] = ["An amount is a positive whole number of fen."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var disbursement = Disbursement.Request(fund!.Id, fund.CommunityCode, request.Kind!.Value, request.AmountFen!.Value, request.Purpose,
            request.Beneficiary, user.SubjectOf(), clock.GetUtcNow());
        db.Disbursements.Add(disbursement);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{CharityApi.Prefix}/disbursements/{disbursement.Id}", disbursement.ToResponse());
    }

    public static async Task<Results<Ok<DisbursementResponse>, NotFound>> GetAsync(
        Guid id, ClaimsPrincipal user, CharityDb db, CancellationToken cancellationToken) =>
        await db.Disbursements.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken) is { } d && user.CanReach(d.CommunityCode)
            ? TypedResults.Ok(d.ToResponse())
            : TypedResults.NotFound();

    /// <summary>
    /// An approval. The fund's row is locked before the disbursement is read, so concurrent second approvals of one
    /// fund are serialised: each sees the balance the previous one left, and none pays what the fund does not hold.
    /// </summary>
    public static Task<Results<Ok<DisbursementResponse>, NotFound, ProblemHttpResult>> ApproveAsync(
        Guid id, ApproveDisbursementRequest? request, ClaimsPrincipal user, CharityDb db, TimeProvider clock, CancellationToken cancellationToken) =>
        db.InTransactionAsync<Results<Ok<DisbursementResponse>, NotFound, ProblemHttpResult>>(async ct =>
        {
            var fundId = await db.Disbursements.Where(d => d.Id == id).Select(d => (Guid?)d.FundId).FirstOrDefaultAsync(ct);
            var fund = fundId is null ? null : await db.LockFundAsync(fundId.Value, ct);
            var disbursement = await db.Disbursements.FirstOrDefaultAsync(d => d.Id == id, ct);
            if (fund is null || disbursement is null || !user.CanReach(disbursement.CommunityCode))
            {
                return TypedResults.NotFound();
            }

            // Approvals of one fund are serialised by its lock, so the version read here is current.
            if (request?.Version is { } version && version != disbursement.Version)
            {
                return ConflictProblem.For("version", "The disbursement was changed since this version was read; read it again.");
            }

            var approver = user.SubjectOf();
            if (disbursement.ApprovalRefusal(approver) is { } refusal)
            {
                return ConflictProblem.For("approver", refusal);
            }

            var now = clock.GetUtcNow();
            if (!disbursement.NeedsPayment)
            {
                disbursement.ApproveFirst(approver, now);
            }
            else if (!fund.IsActive)
            {
                return ConflictProblem.For("fundId", $"The fund is {fund.Status.ToString().ToLowerInvariant()} and pays nothing out.");
            }
            else if (await db.BalanceAsync(fund.Account, ct) < disbursement.AmountFen)
            {
                return ConflictProblem.For("amountFen", "The fund's balance does not cover this disbursement.");
            }
            else
            {
                db.JournalEntries.Add(disbursement.ApproveSecondAndPay(approver, now));
                db.Publish(disbursement.Approved());
            }

            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(disbursement.ToResponse());
        }, cancellationToken);
}
