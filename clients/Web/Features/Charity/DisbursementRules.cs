using Platform.Clients.Charity.Models;
using Platform.Web.Account;

namespace Platform.Web.Features.Charity;

/// <summary>Whether the console offers an approval: two people other than the requester approve, one step each.</summary>
public static class DisbursementRules
{
    public enum Approval
    {
        Offered,
        OwnRequest,
        AlreadyApproved,
        Paid,
        NotAllowed,
    }

    /// <summary>
    /// The API refuses only a second approval by the first approver; the console also keeps requesters from approving
    /// their own request, so that every payment is seen by two people besides the one who asked for it.
    /// </summary>
    public static Approval For(DisbursementResponse disbursement, ConsoleUser user)
    {
        ArgumentNullException.ThrowIfNull(disbursement);
        ArgumentNullException.ThrowIfNull(user);
        if (disbursement.Status == DisbursementStatus.Paid)
        {
            return Approval.Paid;
        }

        if (!user.IsStaff)
        {
            return Approval.NotAllowed;
        }

        if (disbursement.RequestedBy == user.Subject)
        {
            return Approval.OwnRequest;
        }

        return disbursement.FirstApprover == user.Subject ? Approval.AlreadyApproved : Approval.Offered;
    }
}
