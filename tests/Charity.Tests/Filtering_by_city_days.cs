using System.Net;
using Platform.Charity.Donations;
using Platform.Charity.Funds;
using Platform.Charity.Ledger;
using Platform.Data;
using Platform.RegionReplica.Queries;

namespace Platform.Charity.Tests;

/// <summary><c>from</c> and <c>to</c> are calendar days of the city (Asia/Shanghai), both inclusive.</summary>
public sealed class Filtering_by_city_days(CharityFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static DateOnly CityToday => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Fact]
    public async Task A_donation_of_today_is_in_a_range_ending_today_and_not_in_one_ending_yesterday()
    {
        var community = await fixture.NewCommunityAsync();
        var fund = await fixture.Client.EstablishFundAsync(fixture.FederationId, community);
        var donation = await fixture.Client.DonateMoneyAsync(fund.Id, 2_500);
        var today = CityToday;

        async Task<bool> ListedAsync(string range) =>
            (await (await fixture.Client.GetAsync($"/api/charity/donations?region={community}&{range}", Cancel)).ReadAsync<Page<DonationResponse>>(HttpStatusCode.OK))
            .Items.Any(d => d.Id == donation.Id);

        Assert.True(await ListedAsync($"from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}"));
        Assert.True(await ListedAsync($"to={today:yyyy-MM-dd}"));
        Assert.False(await ListedAsync($"to={today.AddDays(-1):yyyy-MM-dd}"));
        Assert.False(await ListedAsync($"from={today.AddDays(1):yyyy-MM-dd}"));
        var funds = await (await fixture.Client.GetAsync($"/api/charity/funds?region={community}&to={today.AddDays(-1):yyyy-MM-dd}", Cancel))
            .ReadAsync<Page<Funds.FundResponse>>(HttpStatusCode.OK);
        Assert.Empty(funds.Items);
        var statement = await (await fixture.Client.GetAsync($"/api/charity/funds/{fund.Id}/statement?from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}", Cancel))
            .ReadAsync<FundStatementResponse>(HttpStatusCode.OK);
        Assert.Equal((0L, 2_500L), (statement.OpeningBalanceFen, statement.ClosingBalanceFen));
        var later = await (await fixture.Client.GetAsync($"/api/charity/funds/{fund.Id}/statement?from={today.AddDays(1):yyyy-MM-dd}", Cancel))
            .ReadAsync<FundStatementResponse>(HttpStatusCode.OK);
        Assert.Equal((2_500L, 2_500L), (later.OpeningBalanceFen, later.ClosingBalanceFen));
        Assert.Empty(later.Lines);
    }

    [Fact]
    public async Task A_range_that_ends_before_it_starts_is_400_naming_to()
    {
        var range = $"from={CityToday:yyyy-MM-dd}&to={CityToday.AddDays(-1):yyyy-MM-dd}";
        foreach (var path in new[] { "donations", "ledger/entries", "funds", "federations", "supermarkets", "lottery/outlets", $"donations/statement?donorName=x&region={CharityFixture.County}" })
        {
            var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            await (await fixture.Client.GetAsync($"/api/charity/{path}{separator}{range}", Cancel)).ProblemAsync(HttpStatusCode.BadRequest, "to");
        }
    }
}
