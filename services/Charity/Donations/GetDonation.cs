namespace Platform.Charity.Donations;

public static class GetDonation
{
    public static async Task<Results<Ok<DonationResponse>, NotFound>> HandleAsync(
        Guid id, ClaimsPrincipal user, CharityDb db, CancellationToken cancellationToken) =>
        await db.Donations.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken) is { } donation && user.CanReach(donation.CommunityCode)
            ? TypedResults.Ok(donation.ToResponse())
            : TypedResults.NotFound();
}
