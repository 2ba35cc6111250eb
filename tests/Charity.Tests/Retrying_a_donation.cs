using System.Net;
using Microsoft.EntityFrameworkCore;
using Platform.Charity.Donations;

namespace Platform.Charity.Tests;

public sealed class Retrying_a_donation(CharityFixture fixture)
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<Guid> FundAsync() => (await fixture.Client.EstablishFundAsync(fixture.FederationId, await fixture.NewCommunityAsync())).Id;

    [Fact]
    public async Task Ten_concurrent_requests_with_one_key_make_one_donation_and_all_answer_it()
    {
        var fund = await FundAsync();
        var key = Guid.NewGuid().ToString();

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => fixture.Client.DonateAsync(Api.Money(fund, 12_345, "R-" + key[..12]), key)));

        var donations = new List<DonationResponse>();
        foreach (var answer in answers)
        {
            donations.Add(await answer.ReadAsync<DonationResponse>(HttpStatusCode.Created));
        }

        Assert.Single(donations.Select(d => d.Id).Distinct());
        Assert.Equal(1, await fixture.InDbAsync(db => db.Donations.CountAsync(d => d.FundId == fund, Cancel)));
        Assert.Equal(12_345, (await fixture.Client.FundAsync(fund)).BalanceFen);
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_422_and_writes_nothing()
    {
        var fund = await FundAsync();
        var key = Guid.NewGuid().ToString();
        await (await fixture.Client.DonateAsync(Api.Money(fund, 100), key)).ReadAsync<DonationResponse>(HttpStatusCode.Created);
        var before = await fixture.CountWritesAsync();

        await (await fixture.Client.DonateAsync(Api.Money(fund, 200), key)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "idempotencyKey");

        Assert.Equal(before, await fixture.CountWritesAsync());
    }

    [Fact]
    public async Task Another_caller_may_use_the_same_key_for_its_own_donation()
    {
        var fund = await FundAsync();
        var key = Guid.NewGuid().ToString();
        var mine = await (await fixture.Client.DonateAsync(Api.Money(fund, 100), key)).ReadAsync<DonationResponse>(HttpStatusCode.Created);
        var theirs = await (await fixture.SecondApprover.DonateAsync(Api.Money(fund, 100), key)).ReadAsync<DonationResponse>(HttpStatusCode.Created);
        Assert.NotEqual(mine.Id, theirs.Id);
    }

    [Fact]
    public async Task Donors_get_a_statement_of_what_they_gave()
    {
        var fund = await FundAsync();
        var donor = $"驻区单位 {Guid.NewGuid():N}"[..16];
        await (await fixture.Client.DonateAsync(Api.Money(fund, 300, donorKind: "StationedUnit", donorName: donor))).ReadAsync<DonationResponse>(HttpStatusCode.Created);
        await (await fixture.Client.DonateAsync(Api.Money(fund, 700, donorKind: "StationedUnit", donorName: donor))).ReadAsync<DonationResponse>(HttpStatusCode.Created);
        await (await fixture.Client.DonateAsync(Api.Money(fund, 900, donorKind: "Anonymous", donorName: null))).ReadAsync<DonationResponse>(HttpStatusCode.Created);

        var statement = await (await fixture.Client.GetAsync($"/api/charity/donations/statement?region={CharityFixture.County}&donorName={Uri.EscapeDataString(donor)}", Cancel))
            .ReadAsync<DonorStatementResponse>(HttpStatusCode.OK);

        Assert.Equal((2, 1_000L), (statement.Count, statement.TotalFen));
    }
}
