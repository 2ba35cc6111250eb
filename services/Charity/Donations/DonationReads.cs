namespace Platform.Charity.Donations;

public static class DonationReads
{
    /// <summary>The donations of a region subtree received on the city days of the range.</summary>
    public static IQueryable<Donation> ReceivedIn(this CharityDb db, string prefix, DateRange range)
    {
        var donations = db.Donations.AsNoTracking().Where(d => d.CommunityCode.StartsWith(prefix));
        if (range.StartsAt is { } start)
        {
            donations = donations.Where(d => d.ReceivedAt >= start);
        }

        return range.EndsBefore is { } end ? donations.Where(d => d.ReceivedAt < end) : donations;
    }
}
