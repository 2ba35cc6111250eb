using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Platform.Charity.Data;
using Platform.Charity.Shared;
using Platform.Data;
using Platform.RegionReplica;

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
