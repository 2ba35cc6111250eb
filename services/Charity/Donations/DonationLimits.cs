using Platform.ServiceDefaults.Security;
using Microsoft.Extensions.Options;
using Platform.Contracts.Charity;

namespace Platform.Charity.Donations;

/// <summary>The abuse limits on recording donations (<c>Charity:Donations</c>), OWASP API6.</summary>
public sealed class DonationLimitOptions
{
    /// <summary>Donations one person (token subject) may record in any hour, single or bulk; city administrators are exempt.</summary>
    public int PerCallerPerHour { get; set; } = 200;

    /// <summary>Donations of one named donor to one fund or supermarket in <see cref="SameDonorWindow"/>: stops double submissions and card testing.</summary>
    public int SameDonorPerWindow { get; set; } = 3;

    public TimeSpan SameDonorWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The largest single donation, in fen (default ¥10,000,000); a larger gift is a typo or is booked by agreement.</summary>
    public long MaxAmountFen { get; set; } = 1_000_000_000;
}

/// <summary>
/// Counts recent donations in sliding windows over named advisory locks (the caller's first, then the donor's), so
/// concurrent requests count each other and the last slot is taken once; a refused request writes nothing.
/// </summary>
public sealed class DonationLimits(CharityDb db, TimeProvider clock, IOptions<DonationLimitOptions> options)
{
    private static readonly AdvisoryLock CallerLock = new("charity.donations.caller");
    private static readonly AdvisoryLock DonorLock = new("charity.donations.donor");

    public DonationLimitOptions Options => options.Value;

    /// <summary>Whether a batch this large could ever be recorded by <paramref name="user"/> within the hourly cap.</summary>
    public bool FitsInAnHour(ClaimsPrincipal user, int count) => user.IsInRole(PlatformRoles.CityAdmin) || count <= options.Value.PerCallerPerHour;

    /// <summary>
    /// When <paramref name="user"/> may record <paramref name="count"/> more donations (at most the hourly cap), or null if now. City administrators
    /// are not counted: the bulk import is theirs, so a cap on them would stop the seeder and protect nothing.
    /// </summary>
    public Task<TimeSpan?> WaitForCallerAsync(ClaimsPrincipal user, int count, CancellationToken cancellationToken)
    {
        if (user.IsInRole(PlatformRoles.CityAdmin))
        {
            return Task.FromResult<TimeSpan?>(null);
        }

        var caller = user.SubjectOf();
        return new SlidingWindow(CallerLock, options.Value.PerCallerPerHour, TimeSpan.FromHours(1)).WaitAsync(db, caller,
            since => db.Donations.Where(d => d.RecordedBy == caller && d.ReceivedAt > since).Select(d => d.ReceivedAt),
            count, clock.GetUtcNow(), cancellationToken);
    }

    /// <summary>When this named donor may give to this fund or supermarket again, or null if now; anonymous gifts name nobody to count.</summary>
    public Task<TimeSpan?> WaitForDonorAsync(DonationDraft draft, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(draft.DonorName))
        {
            return Task.FromResult<TimeSpan?>(null);
        }

        var name = draft.DonorName.Trim();
        var target = draft.Kind == DonationKind.Money ? draft.FundId : draft.SupermarketId;
        return new SlidingWindow(DonorLock, options.Value.SameDonorPerWindow, options.Value.SameDonorWindow).WaitAsync(db, $"{target}|{name}",
            since => db.Donations.Where(d => d.DonorName == name && d.ReceivedAt > since && (d.FundId == target || d.SupermarketId == target))
                .Select(d => d.ReceivedAt),
            1, clock.GetUtcNow(), cancellationToken);
    }
}
