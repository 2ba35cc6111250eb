using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Charity.Data;
using Platform.Charity.Funds;
using Platform.RegionReplica;
using Platform.RegionReplica.Queries;
using Platform.Data;
using Platform.ServiceDefaults.Problems;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.Charity.Ledger;

public sealed record ReverseEntryRequest([Required, StringLength(200, MinimumLength = 2)] string Reason);

public static class LedgerEntries
{
    /// <summary>Entries of a region subtree recorded on the city days from–to (both inclusive), newest first, with their lines.</summary>
    public static async Task<Results<Ok<Page<JournalEntryResponse>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        [FromQuery(Name = "region")] string? region, DateOnly? from, DateOnly? to, ClaimsPrincipal user, [AsParameters] PageRequest page,
        CharityDb db, RegionDirectory regions, CancellationToken cancellationToken)
    {
        var range = new DateRange(from, to);
        if (range.Check() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await regions.ListInRegionAsync(region, user, page,
            prefix => db.JournalEntries.AsNoTracking().Include(e => e.Lines).RecordedIn(range)
                .Where(e => e.CommunityCode.StartsWith(prefix)).OrderByDescending(e => e.RecordedAt).ThenByDescending(e => e.Id),
            e => e.ToResponse(), cancellationToken);
    }

    public static async Task<Results<Ok<JournalEntryResponse>, NotFound>> GetAsync(
        Guid id, ClaimsPrincipal user, CharityDb db, CancellationToken cancellationToken) =>
        await db.JournalEntries.AsNoTracking().Include(e => e.Lines).FirstOrDefaultAsync(e => e.Id == id, cancellationToken) is { } entry
            && user.CanReach(entry.CommunityCode)
            ? TypedResults.Ok(entry.ToResponse())
            : TypedResults.NotFound();

    /// <summary>
    /// Corrects an entry by posting its reverse (entries are never edited). A reversal that would take a fund below
    /// zero (its money was already paid out) is refused; the funds it touches are locked first.
    /// </summary>
    public static Task<Results<Created<JournalEntryResponse>, NotFound, ProblemHttpResult>> ReverseAsync(
        Guid id, ReverseEntryRequest request, ClaimsPrincipal user, CharityDb db, TimeProvider clock, CancellationToken cancellationToken) =>
        db.InTransactionAsync<Results<Created<JournalEntryResponse>, NotFound, ProblemHttpResult>>(async ct =>
        {
            if (await db.JournalEntries.AsNoTracking().Include(e => e.Lines).FirstOrDefaultAsync(e => e.Id == id, ct) is not { } entry
                || !user.CanReach(entry.CommunityCode))
            {
                return TypedResults.NotFound();
            }

            if (entry.ReversesId is not null)
            {
                return ConflictProblem.For("id", "A reversal is not reversed; post a new entry instead.");
            }

            var reversal = entry.Reverse(request.Reason, clock.GetUtcNow());
            foreach (var fundId in reversal.Lines.Select(l => Accounts.FundIdOf(l.Account)).OfType<Guid>().Distinct().Order())
            {
                await db.LockFundAsync(fundId, ct);
                var change = reversal.Lines.Where(l => l.Account == Accounts.Fund(fundId)).Sum(l => l.CreditFen - l.DebitFen);
                if (await db.BalanceAsync(Accounts.Fund(fundId), ct) + change < 0)
                {
                    return ConflictProblem.For("id", "The fund no longer holds this money; reversing would overdraw it.");
                }
            }

            db.JournalEntries.Add(reversal);
            if (entry.Kind is JournalEntryKind.Donation or JournalEntryKind.GoodsDonation
                && await db.Donations.FirstOrDefaultAsync(d => d.Id == entry.SourceId, ct) is { } donation)
            {
                donation.Reverse(reversal.RecordedAt);
            }

            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"{CharityApi.Prefix}/ledger/entries/{reversal.Id}", reversal.ToResponse());
        }, cancellationToken);
}
