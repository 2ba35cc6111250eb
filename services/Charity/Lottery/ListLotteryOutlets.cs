using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Charity.Data;
using Platform.Charity.Shared;
using Platform.Data;
using Platform.RegionReplica;

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
