using Platform.Charity.Ledger;
using Platform.Contracts.Charity;

namespace Platform.Charity.Disbursements;

/// <summary>
/// A payment out of a fund (assistance 救助, or a project 项目) that needs two approvals by two different people; the
/// second approval pays it, if the fund covers it then.
/// </summary>
public sealed class Disbursement
{
    private Disbursement()
    {
    }

    public Guid Id { get; private init; }
    public Guid FundId { get; private init; }
    public string CommunityCode { get; private init; } = "";
    public DisbursementKind Kind { get; private init; }
    public long AmountFen { get; private init; }
    public string Purpose { get; private init; } = "";
    public string Beneficiary { get; private init; } = "";
    public DisbursementStatus Status { get; private set; }
    public string RequestedBy { get; private init; } = "";
    public DateTimeOffset RequestedAt { get; private init; }
    public string? FirstApprover { get; private set; }
    public DateTimeOffset? FirstApprovedAt { get; private set; }
    public string? SecondApprover { get; private set; }
    public DateTimeOffset? PaidAt { get; private set; }
    public uint Version { get; private set; }

    public static Disbursement Request(
        Guid fundId, string communityCode, DisbursementKind kind, long amountFen, string purpose, string beneficiary, string requestedBy, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(now), FundId = fundId, CommunityCode = communityCode, Kind = kind, AmountFen = amountFen,
            Purpose = purpose.Trim(), Beneficiary = beneficiary.Trim(), Status = DisbursementStatus.Requested, RequestedBy = requestedBy,
            RequestedAt = now,
        };

    /// <summary>Why <paramref name="approver"/> may not approve now, or null when the approval counts.</summary>
    public string? ApprovalRefusal(string approver) => Status switch
    {
        DisbursementStatus.Paid => "The disbursement is already paid.",
        DisbursementStatus.FirstApproved when FirstApprover == approver => "The second approval must come from a different person.",
        _ => null,
    };

    /// <summary>True when this approval is the second, so that the disbursement is to be paid now.</summary>
    public bool NeedsPayment => Status == DisbursementStatus.FirstApproved;

    public void ApproveFirst(string approver, DateTimeOffset now)
    {
        FirstApprover = approver;
        FirstApprovedAt = now;
        Status = DisbursementStatus.FirstApproved;
    }

    /// <summary>The second approval: pays out of the fund. The caller has checked the balance under the fund's lock.</summary>
    public JournalEntry ApproveSecondAndPay(string approver, DateTimeOffset now)
    {
        SecondApprover = approver;
        PaidAt = now;
        Status = DisbursementStatus.Paid;
        return JournalEntry.Create(JournalEntryKind.Disbursement, CommunityCode, Id, $"Disbursement: {Purpose}", now,
            [JournalLine.Debit(Accounts.Fund(FundId), AmountFen), JournalLine.Credit(Accounts.DisbursementsPaid(FundId), AmountFen)]);
    }

    public DisbursementApproved Approved() => new(Id, FundId, CommunityCode, AmountFen, Purpose, PaidAt!.Value);
}

public enum DisbursementKind
{
    Assistance = 1,
    Project = 2,
}

public enum DisbursementStatus
{
    Requested = 1,
    FirstApproved = 2,
    Paid = 3,
}
