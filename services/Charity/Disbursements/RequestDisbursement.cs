using Platform.Charity.Ledger;
using Platform.ServiceDefaults.Security;

namespace Platform.Charity.Disbursements;

public sealed record RequestDisbursementRequest(
    [Required] Guid? FundId,
    [Required] DisbursementKind? Kind,
    [Required] long? AmountFen,
    [Required, StringLength(200, MinimumLength = 2)] string Purpose,
    [Required, StringLength(100, MinimumLength = 1)] string Beneficiary);

public static class RequestDisbursement
{
    public static async Task<Results<Created<DisbursementResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
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
        return TypedResults.Created($"{CharityService.Prefix}/disbursements/{disbursement.Id}", disbursement.ToResponse());
    }
}
