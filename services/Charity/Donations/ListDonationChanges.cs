using Microsoft.AspNetCore.Mvc;
using Platform.RegionReplica.Queries;

namespace Platform.Charity.Donations;

/// <summary>
/// The change feed of the donation list, for departments keeping a copy: what changed after the token, in commit order.
/// A donation whose journal entry was reversed is void and appears as removed, with its last state.
/// </summary>
public static class ListDonationChanges
{
    public static Task<Results<Ok<ChangePage<DonationResponse>>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        [FromQuery(Name = "region")] string? region, [FromQuery(Name = "after")] string? after, [FromQuery(Name = "pageSize")] int? pageSize,
        ClaimsPrincipal user, CharityDb db, RegionDirectory regions, CancellationToken cancellationToken) =>
        regions.ChangesInRegionAsync(db, region, after, pageSize, user,
            prefix => db.Donations.AsNoTracking().Where(d => d.CommunityCode.StartsWith(prefix)), d => d.Id, d => d.ReversedAt != null,
            d => d.ToResponse(), cancellationToken);
}
