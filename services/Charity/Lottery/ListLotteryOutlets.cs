using Microsoft.AspNetCore.Mvc;
using Platform.Charity.Shared;

namespace Platform.Charity.Lottery;

public static class ListLotteryOutlets
{
    public static Task<Results<Ok<Page<LotteryOutletResponse>>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        [FromQuery(Name = "region")] string? region, DateOnly? from, DateOnly? to, ClaimsPrincipal user, [AsParameters] PageRequest page, CharityDb db,
        RegionDirectory regions, CancellationToken cancellationToken) =>
        regions.ListInRegionWithinAsync(region, new DateRange(from, to), user, page,
            (prefix, range) => db.LotteryOutlets.AsNoTracking().Where(o => o.CommunityCode.StartsWith(prefix)).Within(range, o => o.RegisteredAt)
                .OrderBy(o => o.CommunityCode).ThenBy(o => o.Name).ThenBy(o => o.Id),
            o => o.ToResponse(), cancellationToken);
}
