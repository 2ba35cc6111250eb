using Microsoft.AspNetCore.Mvc;
using Platform.RegionReplica.Queries;

namespace Platform.Charity.Donations;

/// <summary>
/// The change feed of the donation list, for departments keeping a copy: what changed after the token, in commit order.
/// A donation whose journal entry was reversed is void and appears as removed, with its last state.
/// </summary>
public static class ListDonationChanges
{
    public static async Task<Results<Ok<ChangePage<DonationResponse>>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        [FromQuery(Name = "region")] string? region, [FromQuery(Name = "after")] string? after, [FromQuery(Name = "pageSize")] int? pageSize,
        ClaimsPrincipal user, CharityDb db, RegionDirectory regions, CancellationToken cancellationToken)
    {
        var token = ChangeToken.Parse(after);
        var errors = token is null ? new Dictionary<string, string[]> { ["after"] = ["Pass the 'next' of an earlier answer, or nothing to start."] } : [];
        var page = new PageRequest(null, pageSize);
        var (prefix, refusal) = await regions.ResolveListAsync(region, user, page, cancellationToken, errors);
        return refusal switch
        {
            ValidationProblem invalid => invalid,
            ProblemHttpResult problem => problem,
            _ => TypedResults.Ok(await db.ReadChangesAsync(db.Donations.AsNoTracking().Where(d => d.CommunityCode.StartsWith(prefix!)),
                token!.Value, page.Size, d => d.Id, d => d.ReversedAt != null, d => d.ToResponse(), cancellationToken)),
        };
    }
}
