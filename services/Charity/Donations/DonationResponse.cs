using Platform.Contracts.Charity;

namespace Platform.Charity.Donations;

public sealed record DonationResponse(
    Guid Id, string ReceiptNumber, DonationKind Kind, DonorKind DonorKind, string? DonorName, long AmountFen, Guid? FundId,
    Guid? SupermarketId, string? ItemName, int? Quantity, string CommunityCode, DateTimeOffset ReceivedAt, DateTimeOffset? ReversedAt, uint Version);

internal static class DonationMapping
{
    public static DonationResponse ToResponse(this Donation d) =>
        new(d.Id, d.ReceiptNumber, d.Kind, d.DonorKind, d.DonorName, d.AmountFen, d.FundId, d.SupermarketId, d.ItemName, d.Quantity,
            d.CommunityCode, d.ReceivedAt, d.ReversedAt, d.Version);
}
