using Platform.Charity.Funds;
using Platform.Charity.Ledger;

namespace Platform.Charity.Disbursements;

/// <summary>An approval; <see cref="Version"/>, when given, must be the disbursement's version the approver read.</summary>
public sealed record ApproveDisbursementRequest(uint? Version);

public static class ApproveDisbursement
{
    /// <summary>
    /// An approval. The fund's row is locked before the disbursement is read, so concurrent second approvals of one
    /// fund are serialised: each sees the balance the previous one left, and none pays what the fund does not hold.
    /// </summary>
    public static Task<Results<Ok<DisbursementResponse>, NotFound, ProblemHttpResult>> HandleAsync(
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
