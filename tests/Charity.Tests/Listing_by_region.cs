using System.Net;
using System.Net.Http.Json;
using Platform.Charity.Federations;
using Platform.Charity.Lottery;
using Platform.Charity.Supermarkets;
using Platform.Data;
using Platform.RegionReplica.Queries;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.Charity.Tests;

/// <summary>Federations, supermarkets and lottery outlets are listed by region subtree, paged, within the caller's reach.</summary>
public sealed class Listing_by_region(CharityFixture fixture)
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<Page<T>> PageAsync<T>(HttpClient client, string path) =>
        await (await client.GetAsync(path, Cancel)).ReadAsync<Page<T>>(HttpStatusCode.OK);

    [Fact]
    public async Task A_communitys_supermarkets_come_with_their_stock_and_its_outlets_with_their_split()
    {
        var community = await fixture.NewCommunityAsync();
        var first = await fixture.Client.OpenSupermarketAsync(community);
        await fixture.Client.DonateGoodsAsync(first.Id, "大米", 5, pointsPrice: 20);
        await fixture.Client.EstablishFundAsync(fixture.FederationId, community);
        var outlet = await fixture.Client.RegisterOutletAsync(community, 30m);

        var supermarkets = await PageAsync<SupermarketResponse>(fixture.Client, $"/api/charity/supermarkets?region={community}");
        var outlets = await PageAsync<LotteryOutletResponse>(fixture.Client, $"/api/charity/lottery/outlets?region={community}");

        var listed = Assert.Single(supermarkets.Items);
        Assert.Equal((first.Id, "大米", 5), (listed.Id, Assert.Single(listed.Stock).Name, listed.Stock[0].Available));
        var listedOutlet = Assert.Single(outlets.Items);
        Assert.Equal((outlet.Id, 30m), (listedOutlet.Id, listedOutlet.FundSharePercent));
    }

    [Fact]
    public async Task A_county_lists_its_federation_and_the_city_every_federation_paged()
    {
        var county = await PageAsync<FederationResponse>(fixture.Client, $"/api/charity/federations?region={CharityFixture.County}");
        var city = await PageAsync<FederationResponse>(fixture.Client, "/api/charity/federations?region=511600&pageSize=1");

        Assert.Equal(fixture.FederationId, Assert.Single(county.Items).Id);
        Assert.Single(city.Items);
        Assert.True(city.Total >= 1);
    }

    [Fact]
    public async Task Another_countys_officer_is_403_an_unknown_region_404_and_a_huge_page_400_and_no_region_is_the_callers_own()
    {
        var outsider = await fixture.ClientAsAsync(PlatformRoles.CountyOfficer, "511602");
        var street = await fixture.ClientAsAsync(PlatformRoles.StreetOfficer, CharityFixture.Street);

        foreach (var list in new[] { "federations", "supermarkets", "lottery/outlets" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"/api/charity/{list}?region={CharityFixture.County}", Cancel)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await street.GetAsync($"/api/charity/{list}?region={CharityFixture.Street}", Cancel)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await street.GetAsync($"/api/charity/{list}", Cancel)).StatusCode);
            await (await street.GetAsync($"/api/charity/{list}?region=511603001999", Cancel)).ProblemAsync(HttpStatusCode.NotFound, "region");
            await (await street.GetAsync($"/api/charity/{list}?region={CharityFixture.Street}&pageSize=100000", Cancel)).ProblemAsync(HttpStatusCode.BadRequest, "pageSize");
        }
    }
}
