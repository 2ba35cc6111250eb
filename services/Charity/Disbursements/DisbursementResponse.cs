namespace Platform.Charity.Disbursements;

public sealed record DisbursementResponse(
    Guid Id, Guid FundId, string CommunityCode, DisbursementKind Kind, long AmountFen, string Purpose, string Beneficiary,
    DisbursementStatus Status, string RequestedBy, DateTimeOffset RequestedAt, string? FirstApprover, string? SecondApprover, DateTimeOffset? PaidAt, uint Version);

internal static class DisbursementMapping
{
    public static DisbursementResponse ToResponse(this Disbursement d) =>
        new(d.Id, d.FundId, d.CommunityCode, d.Kind, d.AmountFen, d.Purpose, d.Beneficiary, d.Status, d.RequestedBy, d.RequestedAt,
            d.FirstApprover, d.SecondApprover, d.PaidAt, d.Version);
}
