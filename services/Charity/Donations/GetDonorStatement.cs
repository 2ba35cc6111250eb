using Platform.RegionReplica.Queries;

namespace Platform.Charity.Donations;

/// <summary>A donor's statement: their donations in a region subtree on the city days from–to (both inclusive), and what they add up to.</summary>
public sealed record DonorStatementResponse(string DonorName, DateOnly? From, DateOnly? To, int Count, long TotalFen, IReadOnlyList<DonationResponse> Donations);

public static class GetDonorStatement
{
    /// <summary>Every donation of a named donor (not anonymous ones) in the region subtree and period.</summary>
    public static async Task<Results<Ok<DonorStatementResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        string? region, string donorName, DateOnly? from, DateOnly? to, ClaimsPrincipal user, CharityDb db,
        RegionDirectory regions, CancellationToken cancellationToken)
    {
        var range = new DateRange(from, to);
        var (prefix, refusal) = await regions.ResolveListAsync(region, user, new PageRequest(null, null), cancellationToken, range.Check());
        if (refusal is ValidationProblem invalid)
        {
            return invalid;
        }

        if (refusal is ProblemHttpResult problem)
        {
            return problem;
        }

        var name = donorName.Trim();
        var donations = await db.ReceivedIn(prefix!, range).Where(d => d.DonorName == name).OrderBy(d => d.ReceivedAt).ThenBy(d => d.Id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new DonorStatementResponse(name, from, to, donations.Count, donations.Sum(d => d.AmountFen),
            [.. donations.Select(d => d.ToResponse())]));
    }
}
