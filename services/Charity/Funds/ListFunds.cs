using Microsoft.AspNetCore.Mvc;
using Platform.Charity.Shared;

namespace Platform.Charity.Funds;

public static class ListFunds
{
    public static Task<Results<Ok<Page<FundResponse>>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        [FromQuery(Name = "region")] string? region, DateOnly? from, DateOnly? to, ClaimsPrincipal user, [AsParameters] PageRequest page, CharityDb db,
        RegionDirectory regions, CancellationToken cancellationToken) =>
        regions.ListInRegionWithinAsync(region, new DateRange(from, to), user, page,
            (prefix, range) => db.Funds.AsNoTracking().Where(f => f.CommunityCode.StartsWith(prefix)).Within(range, f => f.EstablishedAt).OrderBy(f => f.CommunityCode).ThenBy(f => f.Id)
                // The balance in the same query; the account code is Accounts.Fund spelled in SQL terms.
                .Select(f => new FundResponse(f.Id, f.Name, f.FederationId, f.CommunityCode, f.Status, f.EstablishedAt,
                    db.JournalLines.Where(l => l.Account == "fund:" + f.Id.ToString()).Sum(l => l.CreditFen - l.DebitFen), f.Version)),
            f => f, cancellationToken);
}
