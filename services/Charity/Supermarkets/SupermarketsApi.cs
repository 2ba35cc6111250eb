using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Charity.Data;
using Platform.RegionReplica;
using Platform.ServiceDefaults.Security;

namespace Platform.Charity.Supermarkets;

public sealed record OpenSupermarketRequest(
    [Required, StringLength(100, MinimumLength = 1)] string Name,
    [Required, StringLength(12, MinimumLength = 12)] string CommunityCode);

public static class SupermarketsApi
{
    public static async Task<Results<Created<SupermarketResponse>, ValidationProblem, ForbidHttpResult>> OpenAsync(
        OpenSupermarketRequest request, ClaimsPrincipal user, CharityDb db, RegionDirectory regions, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (await regions.CommunityProblemAsync(request.CommunityCode, cancellationToken) is { } problem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["communityCode"] = [problem] });
        }

        if (!user.CanReach(request.CommunityCode))
        {
            return TypedResults.Forbid();
        }

        var supermarket = Supermarket.Open(request.Name, request.CommunityCode, clock.GetUtcNow());
        db.Supermarkets.Add(supermarket);
        db.Publish(supermarket.Opened(), supermarket.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{CharityApi.Prefix}/supermarkets/{supermarket.Id}",
            new SupermarketResponse(supermarket.Id, supermarket.Name, supermarket.CommunityCode, supermarket.OpenedAt, []));
    }

    /// <summary>Any caller of the community sees the shelf, volunteers included: they choose what to redeem.</summary>
    public static async Task<Results<Ok<SupermarketResponse>, NotFound>> GetAsync(
        Guid id, ClaimsPrincipal user, CharityDb db, CancellationToken cancellationToken)
    {
        if (await db.Supermarkets.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } supermarket
            || !(user.CanReach(supermarket.CommunityCode) || user.IsInRole(PlatformRoles.Volunteer)))
        {
            return TypedResults.NotFound();
        }

        var stock = await db.StockItems.AsNoTracking().Where(s => s.SupermarketId == id).OrderBy(s => s.Name)
            .Select(s => new StockItemResponse(s.Id, s.Name, s.PointsPrice, s.Available)).ToListAsync(cancellationToken);
        return TypedResults.Ok(new SupermarketResponse(supermarket.Id, supermarket.Name, supermarket.CommunityCode, supermarket.OpenedAt, stock));
    }
}
