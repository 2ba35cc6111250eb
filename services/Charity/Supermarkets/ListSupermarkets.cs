using Microsoft.AspNetCore.Mvc;
using Platform.Charity.Shared;

namespace Platform.Charity.Supermarkets;

public static class ListSupermarkets
{
    /// <summary>The supermarkets of a region subtree with their shelves (one query for the page's stock).</summary>
    public static Task<Results<Ok<Page<SupermarketResponse>>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        [FromQuery(Name = "region")] string? region, DateOnly? from, DateOnly? to, ClaimsPrincipal user, [AsParameters] PageRequest page, CharityDb db,
        RegionDirectory regions, CancellationToken cancellationToken) =>
        regions.ListInRegionWithinAsync(region, new DateRange(from, to), user, page,
            (prefix, range) => db.Supermarkets.AsNoTracking().Where(s => s.CommunityCode.StartsWith(prefix)).Within(range, s => s.OpenedAt)
                .OrderBy(s => s.CommunityCode).ThenBy(s => s.Name).ThenBy(s => s.Id),
            async supermarkets =>
            {
                var ids = supermarkets.Items.Select(s => s.Id).ToList();
                var stock = (await db.StockItems.AsNoTracking().Where(s => ids.Contains(s.SupermarketId)).ToListAsync(cancellationToken)).ToLookup(s => s.SupermarketId);
                return supermarkets.Map(s => s.ToResponse(stock[s.Id]));
            }, cancellationToken);
}
