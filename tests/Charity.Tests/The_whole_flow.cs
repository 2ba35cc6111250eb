using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Charity.Disbursements;
using Platform.Charity.Donations;
using Platform.Charity.Ledger;
using Platform.Charity.Lottery;
using Platform.Charity.Redemptions;
using Platform.Contracts.Charity;
using Platform.Messaging;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.Charity.Tests;

/// <summary>Everything through the gateway, with Volunteers answering the saga over the real bus.</summary>
public sealed class The_whole_flow(CharityFixture fixture)
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Fund_donations_disbursement_lottery_split_and_redemptions_through_the_gateway()
    {
        var gateway = fixture.Gateway;
        var community = await fixture.NewCommunityAsync();
        var fund = await gateway.EstablishFundAsync(fixture.FederationId, community);

        // Donations: one retried with the same Idempotency-Key is one donation.
        var key = Guid.NewGuid().ToString();
        var first = await (await gateway.DonateAsync(Api.Money(fund.Id, 500_000), key)).ReadAsync<DonationResponse>(HttpStatusCode.Created);
        var retried = await (await gateway.DonateAsync(Api.Money(fund.Id, 500_000), key)).ReadAsync<DonationResponse>(HttpStatusCode.Created);
        Assert.Equal(first.Id, retried.Id);
        Assert.Equal(first.ReceiptNumber, retried.ReceiptNumber);
        await gateway.DonateMoneyAsync(fund.Id, 200_000);
        Assert.Equal(2, await fixture.InDbAsync(db => db.Donations.CountAsync(d => d.FundId == fund.Id, Cancel)));
        Assert.Equal(700_000, (await gateway.FundAsync(fund.Id)).BalanceFen);

        // A disbursement approved by two different people.
        var second = await fixture.GatewayAsAsync(PlatformRoles.CountyOfficer, CharityFixture.County);
        var disbursement = await gateway.RequestDisbursementAsync(fund.Id, 300_000);
        Assert.Equal(DisbursementStatus.FirstApproved, (await (await gateway.ApproveAsync(disbursement.Id)).ReadAsync<DisbursementResponse>(HttpStatusCode.OK)).Status);
        Assert.Equal(DisbursementStatus.Paid, (await (await second.ApproveAsync(disbursement.Id)).ReadAsync<DisbursementResponse>(HttpStatusCode.OK)).Status);
        Assert.Equal(400_000, (await gateway.FundAsync(fund.Id)).BalanceFen);

        // A lottery report split by the outlet's ratio, to the fen.
        var outlet = await gateway.RegisterOutletAsync(community, 33.33m);
        var report = await (await gateway.ReportSalesAsync(outlet.Id, new DateOnly(2026, 10, 1), 1_000_000, 100_001)).ReadAsync<SalesReportResponse>(HttpStatusCode.Created);
        // 100,001 × 33.33 % = 33,330.33: the fund gets 33,330 and the collective account the rest.
        Assert.Equal((33_330L, 66_671L), (report.FundShareFen, report.CollectiveShareFen));
        var accounts = await (await gateway.GetAsync($"/api/charity/ledger/communities/{community}", Cancel)).ReadAsync<CommunityAccountsResponse>(HttpStatusCode.OK);
        Assert.Equal((433_330L, 66_671L), (accounts.FundBalanceFen, accounts.CollectiveBalanceFen));

        // A volunteer redeems goods with points: Volunteers' balance drops, stock drops.
        var supermarket = await gateway.OpenSupermarketAsync(community);
        await gateway.DonateGoodsAsync(supermarket.Id, "大米 5kg", 3, pointsPrice: 40);
        var rice = Assert.Single((await gateway.SupermarketAsync(supermarket.Id)).Stock);
        var volunteer = await fixture.VolunteerWithPointsAsync(community, 100);
        var asVolunteer = await fixture.GatewayAsAsync(PlatformRoles.Volunteer, community, volunteer);
        var accepted = await (await asVolunteer.RedeemAsync(supermarket.Id, volunteer, rice.Id, 2)).ReadAsync<RedemptionResponse>(HttpStatusCode.Accepted);
        Assert.Equal(RedemptionStatus.Fulfilled, (await asVolunteer.RedemptionEndsAsync(accepted.Id)).Status);
        var points = await (await gateway.GetAsync($"/api/volunteers/volunteers/{volunteer}/points", Cancel)).Content.ReadFromJsonAsync<PointsBalance>(Cancel);
        Assert.Equal(20, points!.Balance);
        Assert.Equal(1, Assert.Single((await gateway.SupermarketAsync(supermarket.Id)).Stock).Available);

        // A refused redemption (too few points left) releases the stock.
        var refused = await (await asVolunteer.RedeemAsync(supermarket.Id, volunteer, rice.Id)).ReadAsync<RedemptionResponse>(HttpStatusCode.Accepted);
        var ended = await asVolunteer.RedemptionEndsAsync(refused.Id);
        Assert.Equal(RedemptionStatus.Cancelled, ended.Status);
        Assert.Contains("balance is too low", ended.Reason, StringComparison.Ordinal);
        Assert.Equal(1, Assert.Single((await gateway.SupermarketAsync(supermarket.Id)).Stock).Available);
        Assert.Equal(20, await fixture.PointsOfAsync(volunteer));

        var published = await fixture.InDbAsync(async db => (await db.OutboxMessages.ToListAsync(Cancel)).Select(MessageTypes.Deserialize).ToList());
        Assert.Contains(published, e => e is FundEstablished f && f.FundId == fund.Id);
        Assert.Equal(2, published.Count(e => e is DonationReceived d && d.FundId == fund.Id));
        Assert.Contains(published, e => e is DisbursementApproved d && d.DisbursementId == disbursement.Id && d.AmountFen == 300_000);
        Assert.Contains(published, e => e is LotteryRevenueShared s && s.ReportId == report.Id && s.FundShareFen + s.CollectiveShareFen == s.RevenueFen);
        Assert.Contains(published, e => e is RedemptionFulfilled r && r.RedemptionId == accepted.Id && r.Points == 80);
        Assert.Contains(published, e => e is RedemptionCancelled r && r.RedemptionId == refused.Id);
    }

    private sealed record PointsBalance(long Balance);
}
