using Platform.Charity.Supermarkets;
using Platform.Contracts.Charity;

namespace Platform.Charity.Donations;

/// <summary>What one donation and many donations share: the checks against the fund or supermarket, and the writing.</summary>
internal static class DonationIntake
{
    /// <summary>
    /// The field naming a fund or supermarket out of the caller's reach (checked before any rule), else the field errors
    /// of a donation, else the community it belongs to and a conflict (an inactive fund) or null.
    /// </summary>
    public static async Task<(string? OutOfReach, Dictionary<string, string[]> Errors, string? Community, string? Conflict)> CheckDonationAsync(
        this CharityDb db, DonationDraft draft, ClaimsPrincipal user, long maxAmountFen, CancellationToken cancellationToken)
    {
        var fund = draft.FundId is { } fundId ? await db.Funds.FindAsync([fundId], cancellationToken) : null;
        var supermarket = draft.SupermarketId is { } supermarketId ? await db.Supermarkets.FindAsync([supermarketId], cancellationToken) : null;
        if (fund is not null && !user.CanReach(fund.CommunityCode))
        {
            return ("fundId", [], null, null);
        }

        if (supermarket is not null && !user.CanReach(supermarket.CommunityCode))
        {
            return ("supermarketId", [], null, null);
        }

        var errors = Donation.Check(draft, fund, supermarket, maxAmountFen);
        if (errors.Count > 0)
        {
            return (null, errors, null, null);
        }

        var community = draft.Kind == DonationKind.Money ? fund!.CommunityCode : supermarket!.CommunityCode;
        var conflict = fund is { IsActive: false } ? $"The fund is {fund.Status.ToString().ToLowerInvariant()} and takes no donations." : null;
        return (null, errors, community, conflict);
    }

    /// <summary>The donation, its journal entry, the goods on the shelf and its <see cref="DonationReceived"/>; the caller saves.</summary>
    public static async Task RecordAsync(this CharityDb db, Donation donation, long? pointsPrice, CancellationToken cancellationToken)
    {
        db.Donations.Add(donation);
        db.JournalEntries.Add(donation.Entry());
        if (donation.Kind == DonationKind.Goods)
        {
            await db.AddStockAsync(donation.SupermarketId!.Value, donation.ItemName!, pointsPrice!.Value, donation.Quantity!.Value, cancellationToken);
        }

        db.Publish(donation.Received());
    }
}
