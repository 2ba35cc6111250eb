using System.Net;
using Microsoft.EntityFrameworkCore;
using Platform.Charity.Disbursements;
using Platform.Charity.Ledger;
using Platform.Charity.Redemptions;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.Charity.Tests;

/// <summary>Concurrency against the real database never overdraws a fund or oversells a shelf.</summary>
public sealed class Approving_and_redeeming_concurrently(CharityFixture fixture)
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Fifty_concurrent_second_approvals_that_exceed_the_balance_never_take_it_below_zero()
    {
        var community = await fixture.NewCommunityAsync();
        var fund = await fixture.Client.EstablishFundAsync(fixture.FederationId, community);
        await fixture.Client.DonateMoneyAsync(fund.Id, 1_050_000);
        var disbursements = new List<DisbursementResponse>();
        for (var i = 0; i < 50; i++)
        {
            var d = await fixture.Client.RequestDisbursementAsync(fund.Id, 100_000);
            await (await fixture.Client.ApproveAsync(d.Id)).ReadAsync<DisbursementResponse>(HttpStatusCode.OK);
            disbursements.Add(d);
        }

        var answers = await Task.WhenAll(disbursements.Select(d => fixture.SecondApprover.ApproveAsync(d.Id)));

        Assert.Equal(10, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.OK))
        {
            await refused.ProblemAsync(HttpStatusCode.Conflict, "amountFen");
        }

        var balance = (await fixture.Client.FundAsync(fund.Id)).BalanceFen;
        Assert.Equal(50_000, balance);
        Assert.Equal(balance, await fixture.InDbAsync(db => db.BalanceAsync(Accounts.Fund(fund.Id), Cancel)));
        Assert.Equal(10, await fixture.InDbAsync(db => db.Disbursements.CountAsync(d => d.FundId == fund.Id && d.Status == DisbursementStatus.Paid, Cancel)));
        await AssertNeverNegativeAsync(fund.Id);
    }

    [Fact]
    public async Task Concurrent_redemptions_never_oversell_the_stock()
    {
        var community = await fixture.NewCommunityAsync();
        var supermarket = await fixture.Client.OpenSupermarketAsync(community);
        await fixture.Client.DonateGoodsAsync(supermarket.Id, "食用油 5L", 5, pointsPrice: 10);
        var oil = Assert.Single((await fixture.Client.SupermarketAsync(supermarket.Id)).Stock);
        var volunteers = new List<(Guid Id, HttpClient Client)>();
        for (var i = 0; i < 20; i++)
        {
            var id = await fixture.VolunteerWithPointsAsync(community, 50);
            volunteers.Add((id, await fixture.ClientAsAsync(PlatformRoles.Volunteer, community, id)));
        }

        var answers = await Task.WhenAll(volunteers.Select(v => v.Client.RedeemAsync(supermarket.Id, v.Id, oil.Id)));

        var accepted = answers.Where(a => a.StatusCode == HttpStatusCode.Accepted).ToList();
        Assert.Equal(5, accepted.Count);
        foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.Accepted))
        {
            await refused.ProblemAsync(HttpStatusCode.Conflict, "quantity");
        }

        foreach (var answer in accepted)
        {
            var redemption = await answer.ReadAsync<RedemptionResponse>(HttpStatusCode.Accepted);
            Assert.Equal(RedemptionStatus.Fulfilled, (await fixture.Client.RedemptionEndsAsync(redemption.Id)).Status);
        }

        Assert.Equal(0, Assert.Single((await fixture.Client.SupermarketAsync(supermarket.Id)).Stock).Available);
        var spent = 0L;
        foreach (var (id, _) in volunteers)
        {
            spent += 50 - await fixture.PointsOfAsync(id);
        }

        Assert.Equal(5 * 10, spent);
    }

    /// <summary>Replays the fund's account line by line: no prefix of it is negative.</summary>
    private async Task AssertNeverNegativeAsync(Guid fundId)
    {
        var account = Accounts.Fund(fundId);
        var changes = await fixture.InDbAsync(db => db.JournalLines.Where(l => l.Account == account)
            .Join(db.JournalEntries, l => l.EntryId, e => e.Id, (l, e) => new { e.RecordedAt, e.Id, Change = l.CreditFen - l.DebitFen })
            .OrderBy(x => x.RecordedAt).ThenBy(x => x.Id).Select(x => x.Change).ToListAsync(Cancel));
        var running = 0L;
        foreach (var change in changes)
        {
            running += change;
            Assert.True(running >= 0, $"The fund went to {running} fen.");
        }
    }
}
