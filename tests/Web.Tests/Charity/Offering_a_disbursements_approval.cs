using Platform.Clients.Charity.Models;
using Platform.Web.Account;
using Platform.Web.Features.Charity;

namespace Platform.Web.Tests.Charity;

public sealed class Offering_a_disbursements_approval : ComponentTest
{
    private static readonly ConsoleUser Worker = new("worker-1", "社区工作者", ["community-worker"], "511603001001", null);
    private static readonly ConsoleUser Officer = new("officer-1", "街道工作人员", ["street-officer"], "511603001", null);
    private static readonly ConsoleUser County = new("county-1", "区工作人员", ["county-officer"], "511603", null);
    private static readonly ConsoleUser Auditor = new("auditor-1", "审计", ["auditor"], "511600", null);

    private static DisbursementResponse Requested(string by = "worker-1", DisbursementStatus status = DisbursementStatus.Requested, string? first = null) => new()
    {
        Id = Guid.NewGuid(), FundId = Guid.NewGuid(), CommunityCode = "511603001001", Kind = DisbursementKind.Assistance, AmountFen = 50000,
        Purpose = "困难家庭救助", Beneficiary = "张某", Status = status, RequestedBy = by, RequestedAt = DateTimeOffset.UtcNow, FirstApprover = first,
        Version = 1,
    };

    private IRenderedComponent<DisbursementApproval> RenderFor(DisbursementResponse disbursement, ConsoleUser user) =>
        Render<DisbursementApproval>(ps => ps.Add(p => p.Disbursement, disbursement).Add(p => p.User, user));

    [Fact]
    public void The_requester_is_not_offered_approval_of_their_own_request_and_is_told_why()
    {
        var row = RenderFor(Requested(), Worker);

        Assert.Empty(row.FindAll("[data-testid=approve]"));
        Assert.Empty(row.FindAll("[data-writes]"));
        Assert.Contains("本人提交", row.Find("[data-testid=approval-note]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_staff_member_is_offered_the_first_approval()
    {
        var row = RenderFor(Requested(), Officer);

        var approve = row.Find("[data-testid=approve]");
        Assert.Contains("第一级审批", approve.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", approve.GetAttribute("data-writes"));
    }

    [Fact]
    public void The_first_approver_is_not_offered_the_second_approval()
    {
        var row = RenderFor(Requested(status: DisbursementStatus.FirstApproved, first: "officer-1"), Officer);

        Assert.Empty(row.FindAll("[data-testid=approve]"));
        Assert.Contains("第二级审批须由另一人", row.Find("[data-testid=approval-note]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_third_person_is_offered_the_second_approval_which_pays()
    {
        var row = RenderFor(Requested(status: DisbursementStatus.FirstApproved, first: "officer-1"), County);

        Assert.Contains("拨付", row.Find("[data-testid=approve]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Nobody_is_offered_approval_of_a_paid_disbursement_or_an_auditor_any()
    {
        Assert.Empty(RenderFor(Requested(status: DisbursementStatus.Paid, first: "officer-1"), County).FindAll("[data-testid=approve]"));
        Assert.Empty(RenderFor(Requested(), Auditor).FindAll("[data-writes]"));
    }

    [Fact]
    public void Clicking_approve_asks_the_page_to_approve()
    {
        var asked = 0;
        var row = Render<DisbursementApproval>(ps => ps.Add(p => p.Disbursement, Requested()).Add(p => p.User, Officer).Add(p => p.Approve, () => asked++));

        row.Find("[data-testid=approve]").Click();

        Assert.Equal(1, asked);
    }

    [Fact]
    public void The_amount_and_state_are_shown_in_yuan_and_words()
    {
        var row = RenderFor(Requested(), Officer);

        Assert.Equal("¥500.00", row.Find("[data-testid=disbursement-amount]").TextContent);
        Assert.Contains("待审批", row.Find("[data-testid=disbursement-status]").TextContent, StringComparison.Ordinal);
    }
}
