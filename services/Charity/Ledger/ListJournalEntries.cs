using Microsoft.AspNetCore.Mvc;
using Platform.Charity.Shared;

namespace Platform.Charity.Ledger;

public static class ListJournalEntries
{
    /// <summary>Entries of a region subtree recorded on the city days from–to (both inclusive), newest first, with their lines.</summary>
    public static Task<Results<Ok<Page<JournalEntryResponse>>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        [FromQuery(Name = "region")] string? region, DateOnly? from, DateOnly? to, ClaimsPrincipal user, [AsParameters] PageRequest page,
        CharityDb db, RegionDirectory regions, CancellationToken cancellationToken) =>
        regions.ListInRegionWithinAsync(region, new DateRange(from, to), user, page,
            (prefix, range) => db.JournalEntries.AsNoTracking().Include(e => e.Lines).RecordedIn(range)
                .Where(e => e.CommunityCode.StartsWith(prefix)).OrderByDescending(e => e.RecordedAt).ThenByDescending(e => e.Id),
            e => e.ToResponse(), cancellationToken);
}
