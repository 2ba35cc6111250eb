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

namespace Platform.Charity.Donations;

/// <summary>A donor's statement: their donations in a region subtree on the city days from–to (both inclusive), and what they add up to.</summary>
public sealed record DonorStatementResponse(string DonorName, DateOnly? From, DateOnly? To, int Count, long TotalFen, IReadOnlyList<DonationResponse> Donations);

public static class DonationQueries
{
    public static async Task<Results<Ok<DonationResponse>, NotFound>> GetAsync(
        Guid id, ClaimsPrincipal user, CharityDb db, CancellationToken cancellationToken) =>
        await db.Donations.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken) is { } donation && user.CanReach(donation.CommunityCode)
            ? TypedResults.Ok(donation.ToResponse())
            : TypedResults.NotFound();

    public static async Task<Results<Ok<Page<DonationResponse>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        [FromQuery(Name = "region")] string? region, DateOnly? from, DateOnly? to, ClaimsPrincipal user, [AsParameters] PageRequest page,
        CharityDb db, RegionDirectory regions, CancellationToken cancellationToken)
    {
        var range = new DateRange(from, to);
        if (range.Check() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await regions.ListInRegionAsync(region, user, page,
            prefix => InRange(db, prefix, range).OrderByDescending(d => d.ReceivedAt).ThenByDescending(d => d.Id),
            d => d.ToResponse(), cancellationToken);
    }

    /// <summary>Every donation of a named donor (not anonymous ones) in the region subtree and period.</summary>
    public static async Task<Results<Ok<DonorStatementResponse>, ValidationProblem, ProblemHttpResult>> DonorStatementAsync(
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
        var donations = await InRange(db, prefix!, range).Where(d => d.DonorName == name).OrderBy(d => d.ReceivedAt).ThenBy(d => d.Id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new DonorStatementResponse(name, from, to, donations.Count, donations.Sum(d => d.AmountFen),
            [.. donations.Select(d => d.ToResponse())]));
    }

    private static IQueryable<Donation> InRange(CharityDb db, string prefix, DateRange range)
    {
        var donations = db.Donations.AsNoTracking().Where(d => d.CommunityCode.StartsWith(prefix));
        if (range.StartsAt is { } start)
        {
            donations = donations.Where(d => d.ReceivedAt >= start);
        }

        return range.EndsBefore is { } end ? donations.Where(d => d.ReceivedAt < end) : donations;
    }
}
