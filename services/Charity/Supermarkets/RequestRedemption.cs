using Platform.Charity.Redemptions;
using Platform.Charity.Shared;

namespace Platform.Charity.Supermarkets;

public sealed record RequestRedemptionRequest(
    [Required] Guid? VolunteerId,
    [Required] Guid? StockItemId,
    [Required, Range(1, 1000)] int? Quantity);

public static class RequestRedemption
{
    /// <summary>
    /// Step one of the saga: the stock is reserved and the points requested in one transaction; the answer arrives
    /// later (202), and the redemption's status tells how it ended.
    /// </summary>
    public static Task<Results<Accepted<RedemptionResponse>, NotFound, ValidationProblem, ForbidHttpResult, ProblemHttpResult>> HandleAsync(
        Guid supermarketId, RequestRedemptionRequest request, ClaimsPrincipal user, HttpContext http, CharityDb db, RedemptionSaga saga,
        TimeProvider clock, CancellationToken cancellationToken) =>
        db.InTransactionAsync<Results<Accepted<RedemptionResponse>, NotFound, ValidationProblem, ForbidHttpResult, ProblemHttpResult>>(async ct =>
        {
            if (await db.Supermarkets.AsNoTracking().FirstOrDefaultAsync(s => s.Id == supermarketId, ct) is not { } supermarket
                || !user.CanReach(supermarket.CommunityCode))
            {
                return TypedResults.NotFound();
            }

            if (!user.MayActFor(request.VolunteerId!.Value))
            {
                return TypedResults.Forbid();
            }

            var item = await db.StockItems.AsNoTracking().FirstOrDefaultAsync(s => s.Id == request.StockItemId && s.SupermarketId == supermarketId, ct);
            if (item is null)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["stockItemId"] = ["The supermarket has no such item."] });
            }

            if (await saga.WaitBeforeNextAsync(request.VolunteerId.Value, ct) is { } wait)
            {
                return TooManyRequestsProblem.For(http, wait, "Too many redemptions.",
                    "This volunteer has started as many redemptions as a day allows; see Retry-After.");
            }

            var quantity = request.Quantity!.Value;
            if (!await db.TryReserveStockAsync(item.Id, quantity, ct))
            {
                return ConflictProblem.For("quantity", "Not that many of this item are on the shelf.");
            }

            var redemption = Redemption.Reserve(supermarket.Id, item.Id, request.VolunteerId.Value, supermarket.CommunityCode, quantity,
                item.PointsPrice, clock.GetUtcNow(), saga.AnswerWithin);
            db.Redemptions.Add(redemption);
            db.Publish(redemption.PointsRequested());
            await db.SaveChangesAsync(ct);
            return TypedResults.Accepted($"{CharityService.Prefix}/redemptions/{redemption.Id}", redemption.ToResponse());
        }, cancellationToken);
}
