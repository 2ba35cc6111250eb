using Microsoft.AspNetCore.Mvc;
using Platform.Charity.Shared;

namespace Platform.Charity.Donations;

public static class ListDonations
{
    public static Task<Results<Ok<Page<DonationResponse>>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        [FromQuery(Name = "region")] string? region, DateOnly? from, DateOnly? to, ClaimsPrincipal user, [AsParameters] PageRequest page,
        CharityDb db, RegionDirectory regions, CancellationToken cancellationToken) =>
        regions.ListInRegionWithinAsync(region, new DateRange(from, to), user, page,
            (prefix, range) => db.ReceivedIn(prefix, range).OrderByDescending(d => d.ReceivedAt).ThenByDescending(d => d.Id),
            d => d.ToResponse(), cancellationToken);
}
