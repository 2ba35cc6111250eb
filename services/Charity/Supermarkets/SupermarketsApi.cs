using Platform.Messaging;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Charity.Data;
using Platform.RegionReplica;
using Platform.Data;
using Platform.RegionReplica.Queries;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.Charity.Supermarkets;

public sealed record OpenSupermarketRequest(
    [Required, StringLength(100, MinimumLength = 1)] string Name,
    [Required, StringLength(12, MinimumLength = 12)] string CommunityCode);

public static class SupermarketsApi
{
    public static async Task<Results<Created<SupermarketResponse>, ValidationProblem, ProblemHttpResult>> OpenAsync(
        OpenSupermarketRequest request, ClaimsPrincipal user, CharityDb db, RegionDirectory regions, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!user.CanReach(request.CommunityCode))
        {
            return ScopeProblems.OutOfReach("communityCode");
        }

        if (await regions.CommunityProblemAsync(request.CommunityCode, cancellationToken) is { } problem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["communityCode"] = [problem] });
        }

        var supermarket = Supermarket.Open(request.Name, request.CommunityCode, clock.GetUtcNow());
        db.Supermarkets.Add(supermarket);
        db.Publish(supermarket.Opened());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{CharityApi.Prefix}/supermarkets/{supermarket.Id}", supermarket.ToResponse([]));
    }

    /// <summary>The supermarkets of a region subtree with their shelves (one query for the page's stock).</summary>
    public static async Task<Results<Ok<Page<SupermarketResponse>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        [FromQuery(Name = "region")] string? region, DateOnly? from, DateOnly? to, ClaimsPrincipal user, [AsParameters] PageRequest page, CharityDb db,
        RegionDirectory regions, CancellationToken cancellationToken)
    {
        var range = new DateRange(from, to);
        if (range.Check() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await regions.ListInRegionAsync(region, user, page,
            prefix => db.Supermarkets.AsNoTracking().Where(s => s.CommunityCode.StartsWith(prefix)).Within(range, s => s.OpenedAt).OrderBy(s => s.CommunityCode).ThenBy(s => s.Name).ThenBy(s => s.Id),
            async supermarkets =>
            {
                var ids = supermarkets.Items.Select(s => s.Id).ToList();
                var stock = (await db.StockItems.AsNoTracking().Where(s => ids.Contains(s.SupermarketId)).ToListAsync(cancellationToken)).ToLookup(s => s.SupermarketId);
                return supermarkets.Map(s => s.ToResponse(stock[s.Id]));
            }, cancellationToken);
    }

    /// <summary>Any caller of the community sees the shelf, volunteers of the community included: they choose what to redeem.</summary>
    public static async Task<Results<Ok<SupermarketResponse>, NotFound>> GetAsync(
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
