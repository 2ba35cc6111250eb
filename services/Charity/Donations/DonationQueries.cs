using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Charity.Data;
using Platform.RegionReplica;
using Platform.RegionReplica.Queries;
using Platform.ServiceDefaults.Security;

namespace Platform.Charity.Donations;

/// <summary>A donor's statement: their donations in a region subtree and period, and what they add up to.</summary>
public sealed record DonorStatementResponse(string DonorName, DateTimeOffset? From, DateTimeOffset? To, int Count, long TotalFen, IReadOnlyList<DonationResponse> Donations);

public static class DonationQueries
{
    public static async Task<Results<Ok<DonationResponse>, NotFound>> GetAsync(
        Guid id, ClaimsPrincipal user, CharityDb db, CancellationToken cancellationToken) =>
        await db.Donations.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken) is { } donation && user.CanReach(donation.CommunityCode)
            ? TypedResults.Ok(donation.ToResponse())
            : TypedResults.NotFound();

    public static async Task<Results<Ok<Page<DonationResponse>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        string region, DateTimeOffset? from, DateTimeOffset? to, ClaimsPrincipal user, [AsParameters] PageRequest page,
        CharityDb db, RegionDirectory regions, CancellationToken cancellationToken)
    {
        if (new Ledger.Period(from, to).Check() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await regions.ListInRegionAsync(region, user, page,
            prefix => InPeriod(db, prefix, from, to).OrderByDescending(d => d.ReceivedAt).ThenByDescending(d => d.Id),
            d => d.ToResponse(), cancellationToken);
    }

    /// <summary>Every donation of a named donor (not anonymous ones) in the region subtree and period.</summary>
    public static async Task<Results<Ok<DonorStatementResponse>, ValidationProblem, ProblemHttpResult>> DonorStatementAsync(
        string? region, string donorName, DateTimeOffset? from, DateTimeOffset? to, ClaimsPrincipal user, CharityDb db,
        RegionDirectory regions, CancellationToken cancellationToken)
    {
        var (prefix, refusal) = await regions.ResolveListAsync(region, user, new PageRequest(null, null), cancellationToken,
            new Ledger.Period(from, to).Check());
        if (refusal is ValidationProblem invalid)
        {
            return invalid;
        }

        if (refusal is ProblemHttpResult problem)
        {
            return problem;
        }

        var name = donorName.Trim();
        var donations = await InPeriod(db, prefix!, from, to).Where(d => d.DonorName == name).OrderBy(d => d.ReceivedAt)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new DonorStatementResponse(name, from, to, donations.Count, donations.Sum(d => d.AmountFen),
            [.. donations.Select(d => d.ToResponse())]));
    }

    private static IQueryable<Donation> InPeriod(CharityDb db, string prefix, DateTimeOffset? from, DateTimeOffset? to) =>
        db.Donations.AsNoTracking().Where(d => d.CommunityCode.StartsWith(prefix)
            && (from == null || d.ReceivedAt >= from) && (to == null || d.ReceivedAt < to));
}
