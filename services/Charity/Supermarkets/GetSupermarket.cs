using Platform.RegionReplica.Queries;
using Platform.ServiceDefaults.Security;

namespace Platform.Charity.Supermarkets;

public static class GetSupermarket
{
    /// <summary>Any caller of the community sees the shelf, volunteers of the community included: they choose what to redeem.</summary>
    public static async Task<Results<Ok<SupermarketResponse>, NotFound>> HandleAsync(
        Guid id, ClaimsPrincipal user, CharityDb db, CancellationToken cancellationToken)
    {
        if (await db.Supermarkets.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } supermarket
            || !user.CanReach(supermarket.CommunityCode))
        {
            return TypedResults.NotFound();
        }

        var stock = await db.StockItems.AsNoTracking().Where(s => s.SupermarketId == id).ToListAsync(cancellationToken);
        return TypedResults.Ok(supermarket.ToResponse(stock));
    }
}
