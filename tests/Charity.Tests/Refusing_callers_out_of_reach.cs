using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Charity.Funds;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.Charity.Tests;

/// <summary>
/// Every operation checks the caller's region before any rule and any write: a region or fund the request names out of
/// reach is a 403 naming the field, a record addressed by id in the path out of reach a 404. Two callers are refused for
/// each target: staff of a sibling region at the same level, and staff one level below the target.
/// </summary>
public sealed class Refusing_callers_out_of_reach(CharityFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A caller of a sibling community (the same street, another community) or of a grid inside the community.</summary>
    public static TheoryData<bool> Sibling => new() { true, false };

    private async Task<HttpClient> OutsiderAsync(string community, bool sibling) =>
        await fixture.ClientAsAsync(PlatformRoles.CommunityWorker, sibling ? CharityFixture.Street + "999" : community + "001");

    [Theory]
    [MemberData(nameof(Sibling))]
    public async Task Writing_into_a_community_out_of_reach_is_403_naming_the_field_and_writes_nothing(bool sibling)
    {
        var community = await fixture.NewCommunityAsync();
        var fund = await fixture.Client.EstablishFundAsync(fixture.FederationId, community);
        var supermarket = await fixture.Client.OpenSupermarketAsync(community);
        var outsider = await OutsiderAsync(community, sibling);
        var before = await fixture.CountWritesAsync();

        await (await outsider.PostAsJsonAsync("/api/charity/funds", new { name = "越权基金", federationId = fixture.FederationId, communityCode = community }, Cancel))
            .ProblemAsync(HttpStatusCode.Forbidden, "communityCode");
        await (await outsider.PostAsJsonAsync("/api/charity/supermarkets", new { name = "越权超市", communityCode = community }, Cancel))
            .ProblemAsync(HttpStatusCode.Forbidden, "communityCode");
        await (await outsider.PostAsJsonAsync("/api/charity/lottery/outlets", new { name = "越权销售点", communityCode = community, fundSharePercent = 50m }, Cancel))
            .ProblemAsync(HttpStatusCode.Forbidden, "communityCode");
        // A fund or supermarket out of reach is answered as an unknown one (400 naming it), before the amount's rules.
        await (await outsider.DonateAsync(Api.Money(fund.Id, -1))).ProblemAsync(HttpStatusCode.BadRequest, "fundId");
        await (await outsider.DonateAsync(new
        {
            kind = "Goods", donorKind = "Enterprise", donorName = "某企业", amountFen = 1_000L, supermarketId = supermarket.Id, itemName = "大米", quantity = 1, pointsPrice = 10L,
        })).ProblemAsync(HttpStatusCode.BadRequest, "supermarketId");
        await (await outsider.PostAsJsonAsync("/api/charity/donations/bulk", new { donations = new[] { Api.Money(fund.Id, 100) } }, Cancel))
            .ProblemAsync(HttpStatusCode.Forbidden, "donations[0].fundId");
        await (await outsider.PostAsJsonAsync("/api/charity/disbursements",
            new { fundId = fund.Id, kind = "Assistance", amountFen = -1L, purpose = "越权支出", beneficiary = "某人" }, Cancel))
            .ProblemAsync(HttpStatusCode.BadRequest, "fundId");

        Assert.Equal(before, await fixture.CountWritesAsync());
    }

    [Theory]
    [MemberData(nameof(Sibling))]
    public async Task Records_of_a_community_out_of_reach_are_404_to_read_and_to_change_and_nothing_changes(bool sibling)
    {
        var community = await fixture.NewCommunityAsync();
        var fund = await fixture.Client.EstablishFundAsync(fixture.FederationId, community);
        var donation = await fixture.Client.DonateMoneyAsync(fund.Id, 10_000);
        var disbursement = await fixture.Client.RequestDisbursementAsync(fund.Id, 1_000);
        var supermarket = await fixture.Client.OpenSupermarketAsync(community);
        await fixture.Client.DonateGoodsAsync(supermarket.Id, "食用油", 3, 20);
        var item = (await fixture.Client.SupermarketAsync(supermarket.Id)).Stock[0];
        var outlet = await fixture.Client.RegisterOutletAsync(community, 50m);
        var entry = await fixture.InDbAsync(db => db.JournalEntries.Where(e => e.CommunityCode == community).Select(e => e.Id).FirstAsync(Cancel));
        var outsider = await OutsiderAsync(community, sibling);
        var before = await fixture.CountWritesAsync();

        foreach (var path in new[]
        {
            $"/api/charity/funds/{fund.Id}", $"/api/charity/funds/{fund.Id}/statement", $"/api/charity/funds/{fund.Id}/journal.csv",
            $"/api/charity/donations/{donation.Id}", $"/api/charity/disbursements/{disbursement.Id}", $"/api/charity/supermarkets/{supermarket.Id}",
            $"/api/charity/lottery/outlets/{outlet.Id}", $"/api/charity/lottery/outlets/{outlet.Id}/reports", $"/api/charity/ledger/entries/{entry}",
            $"/api/charity/ledger/communities/{community}",
        })
        {
            Assert.Equal((path, HttpStatusCode.NotFound), (path, (await outsider.GetAsync(path, Cancel)).StatusCode));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PutAsJsonAsync($"/api/charity/funds/{fund.Id}/status", new { status = "Suspended" }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.ApproveAsync(disbursement.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.RedeemAsync(supermarket.Id, Guid.NewGuid(), item.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.ReportSalesAsync(outlet.Id, new DateOnly(2026, 1, 1), 100_000, 10_000)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsJsonAsync($"/api/charity/ledger/entries/{entry}/reversal", new { reason = "越权冲销" }, Cancel)).StatusCode);
        foreach (var list in new[] { "funds", "supermarkets", "lottery/outlets", "donations", "ledger/entries" })
        {
            await (await outsider.GetAsync($"/api/charity/{list}?region={community}", Cancel)).ProblemAsync(HttpStatusCode.Forbidden, "region");
        }

        Assert.Equal(before, await fixture.CountWritesAsync());
        Assert.Equal(FundStatus.Active, (await fixture.Client.FundAsync(fund.Id)).Status);
    }

    [Fact]
    public async Task A_federation_is_out_of_reach_of_a_sibling_county_and_of_a_street_below_it()
    {
        var federation = await fixture.InDbAsync(db => db.Federations.SingleAsync(f => f.Id == fixture.FederationId, Cancel));
        foreach (var (role, region) in new[] { (PlatformRoles.CountyOfficer, "511602"), (PlatformRoles.StreetOfficer, CharityFixture.Street) })
        {
            var outsider = await fixture.ClientAsAsync(role, region);
            var before = await fixture.CountWritesAsync();

            await (await outsider.PostAsJsonAsync("/api/charity/federations", new { name = "越权慈善会", regionCode = federation.RegionCode }, Cancel))
                .ProblemAsync(HttpStatusCode.Forbidden, "regionCode");
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/charity/federations/{federation.Id}", Cancel)).StatusCode);
            await (await outsider.GetAsync($"/api/charity/federations?region={federation.RegionCode}", Cancel)).ProblemAsync(HttpStatusCode.Forbidden, "region");

            Assert.Equal(before, await fixture.CountWritesAsync());
        }
    }
}
