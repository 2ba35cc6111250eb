namespace Platform.Contracts.Charity;

/// <summary>A community charity fund (社区慈善基金) was set up under a federation.</summary>
public sealed record FundEstablished(
    Guid FundId, string Name, string CommunityCode, Guid FederationId, DateTimeOffset EstablishedAt);

/// <summary>
/// A donation was received. Money goes to <see cref="FundId"/>; goods stock <see cref="SupermarketId"/> and carry
/// their declared value. Amounts in fen.
/// </summary>
public sealed record DonationReceived(
    Guid DonationId, string ReceiptNumber, DonationKind Kind, DonorKind DonorKind, long AmountFen,
    Guid? FundId, Guid? SupermarketId, string CommunityCode, DateTimeOffset ReceivedAt);

/// <summary>A disbursement passed its second approval and was paid out of the fund.</summary>
public sealed record DisbursementApproved(
    Guid DisbursementId, Guid FundId, string CommunityCode, long AmountFen, string Purpose, DateTimeOffset ApprovedAt);
