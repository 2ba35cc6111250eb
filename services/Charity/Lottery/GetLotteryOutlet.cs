using Platform.RegionReplica.Queries;
using Platform.ServiceDefaults.Security;

namespace Platform.Charity.Lottery;

public static class GetLotteryOutlet
{
    public static async Task<Results<Ok<LotteryOutletResponse>, NotFound>> HandleAsync(
        Guid id, ClaimsPrincipal user, CharityDb db, CancellationToken cancellationToken) =>
        await db.LotteryOutlets.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken) is { } outlet && user.CanReach(outlet.CommunityCode)
            ? TypedResults.Ok(outlet.ToResponse())
            : TypedResults.NotFound();
}
