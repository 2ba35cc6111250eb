using Platform.Charity.Supermarkets;
using Platform.ServiceDefaults.Security;

namespace Platform.Charity.Redemptions;

public static class GetRedemption
{
    public static async Task<Results<Ok<RedemptionResponse>, NotFound>> HandleAsync(
        Guid id, ClaimsPrincipal user, CharityDb db, CancellationToken cancellationToken) =>
        await db.Redemptions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is { } r
            && user.CanReachVolunteer(r.VolunteerId, r.CommunityCode)
            ? TypedResults.Ok(r.ToResponse())
            : TypedResults.NotFound();
}
