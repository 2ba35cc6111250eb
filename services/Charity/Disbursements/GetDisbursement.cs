using Platform.Charity.Ledger;
using Platform.ServiceDefaults.Security;

namespace Platform.Charity.Disbursements;

public static class GetDisbursement
{
    public static async Task<Results<Ok<DisbursementResponse>, NotFound>> HandleAsync(
        Guid id, ClaimsPrincipal user, CharityDb db, CancellationToken cancellationToken) =>
        await db.Disbursements.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken) is { } d && user.CanReach(d.CommunityCode)
            ? TypedResults.Ok(d.ToResponse())
            : TypedResults.NotFound();
}
