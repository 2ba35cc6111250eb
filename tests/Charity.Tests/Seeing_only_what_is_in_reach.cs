using System.Net;
using Platform.Charity.Funds;
using Platform.RegionReplica;
using Platform.Data;
using Platform.RegionReplica.Queries;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Testing;

namespace Platform.Charity.Tests;

public sealed class Seeing_only_what_is_in_reach(CharityFixture fixture)
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Another_countys_officer_gets_404_for_a_fund_and_403_for_its_region_and_writes()
    {
        var community = await fixture.NewCommunityAsync();
        var fund = await fixture.Client.EstablishFundAsync(fixture.FederationId, community);
        var outsider = await fixture.ClientAsAsync(PlatformRoles.CountyOfficer, "511602");

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/charity/funds/{fund.Id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/charity/funds/{fund.Id}/statement", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"/api/charity/funds?region={CharityFixture.County}", Cancel)).StatusCode);
        await (await outsider.DonateAsync(Api.Money(fund.Id, 100))).ProblemAsync(HttpStatusCode.BadRequest, "fundId");
    }

    [Fact]
    public async Task Auditors_read_but_do_not_write_and_volunteers_do_not_donate()
    {
        var community = await fixture.NewCommunityAsync();
        var fund = await fixture.Client.EstablishFundAsync(fixture.FederationId, community);
        var auditor = await fixture.ClientAsAsync(PlatformRoles.Auditor, TestIdentity.CityRegion);
        var volunteer = await fixture.ClientAsAsync(PlatformRoles.Volunteer, community, Guid.NewGuid());

        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync($"/api/charity/funds/{fund.Id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.DonateAsync(Api.Money(fund.Id, 100))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await volunteer.DonateAsync(Api.Money(fund.Id, 100))).StatusCode);
    }

    [Fact]
    public async Task A_street_lists_its_funds_with_balances()
    {
        var fund = await fixture.Client.EstablishFundAsync(fixture.FederationId, await fixture.NewCommunityAsync());
        await fixture.Client.DonateMoneyAsync(fund.Id, 4_321);
        var street = await fixture.ClientAsAsync(PlatformRoles.StreetOfficer, CharityFixture.Street);

        var page = await (await street.GetAsync($"/api/charity/funds?region={CharityFixture.Street}&pageSize=200", Cancel)).ReadAsync<Page<FundResponse>>(HttpStatusCode.OK);

        Assert.Equal(4_321, Assert.Single(page.Items, f => f.Id == fund.Id).BalanceFen);
    }
}
