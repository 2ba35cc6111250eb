using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Charity.Donations;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.Charity.Tests;

/// <summary>
/// OWASP API6 (sensitive business flows): one person records a bounded number of donations an hour, one named donor
/// gives to one fund a bounded number of times in a short window, and one donation has a ceiling.
/// </summary>
public sealed class Limiting_donations(CharityFixture fixture)
{
    private const int Cap = CharityFixture.LimitingDonationsPerHour;

    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A community worker of a fresh community (a caller of its own) and a fund there.</summary>
    private async Task<(HttpClient Worker, Guid Fund)> WorkerWithFundAsync()
    {
        var community = await fixture.NewCommunityAsync();
        var fund = await fixture.Client.EstablishFundAsync(fixture.FederationId, community);
        return (await fixture.ClientAsAsync(PlatformRoles.CommunityWorker, community), fund.Id);
    }

    private static object Gift(Guid fund, int i) => Api.Money(fund, 100 + i, donorName: $"捐赠人 {i}");

    [Fact]
    public async Task The_donation_past_the_hourly_cap_is_429_with_Retry_After_and_writes_nothing()
    {
        var (worker, fund) = await WorkerWithFundAsync();
        for (var i = 0; i < Cap; i++)
        {
            await (await worker.DonateAsync(Gift(fund, i))).ReadAsync<DonationResponse>(HttpStatusCode.Created);
        }

        var writes = await fixture.CountWritesAsync();
        var oneTooMany = await worker.DonateAsync(Gift(fund, Cap));

        Assert.Equal(HttpStatusCode.TooManyRequests, oneTooMany.StatusCode);
        Assert.Equal("application/problem+json", oneTooMany.Content.Headers.ContentType?.MediaType);
        Assert.InRange(oneTooMany.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromMinutes(55), TimeSpan.FromHours(1));
        Assert.Equal(writes, await fixture.CountWritesAsync());
    }

    [Fact]
    public async Task Concurrent_requests_for_the_last_slots_do_not_overshoot_the_cap()
    {
        var (worker, fund) = await WorkerWithFundAsync();
        for (var i = 0; i < Cap - 2; i++)
        {
            await (await worker.DonateAsync(Gift(fund, i))).ReadAsync<DonationResponse>(HttpStatusCode.Created);
        }

        var answers = await Task.WhenAll(Enumerable.Range(Cap, 10).Select(i => worker.DonateAsync(Gift(fund, i))));

        Assert.Equal(2, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.Equal(8, answers.Count(a => a.StatusCode == HttpStatusCode.TooManyRequests));
        Assert.Equal(Cap, await fixture.InDbAsync(db => db.Donations.CountAsync(d => d.FundId == fund, Cancel)));
    }

    [Fact]
    public async Task A_fourth_gift_of_one_donor_to_one_fund_within_minutes_is_429_but_another_fund_or_an_anonymous_gift_is_not()
    {
        var fund = (await fixture.Client.EstablishFundAsync(fixture.FederationId, await fixture.NewCommunityAsync())).Id;
        var otherFund = (await fixture.Client.EstablishFundAsync(fixture.FederationId, await fixture.NewCommunityAsync())).Id;
        var donor = $"重复提交测试 {Guid.NewGuid():N}"[..20];
        for (var i = 0; i < 3; i++)
        {
            await (await fixture.Client.DonateAsync(Api.Money(fund, 100, donorName: donor))).ReadAsync<DonationResponse>(HttpStatusCode.Created);
        }

        var writes = await fixture.CountWritesAsync();
        var fourth = await fixture.Client.DonateAsync(Api.Money(fund, 100, donorName: donor));

        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.InRange(fourth.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
        Assert.Equal(writes, await fixture.CountWritesAsync());
        await (await fixture.Client.DonateAsync(Api.Money(otherFund, 100, donorName: donor))).ReadAsync<DonationResponse>(HttpStatusCode.Created);
        await (await fixture.Client.DonateAsync(Api.Money(fund, 100, donorKind: "Anonymous", donorName: null))).ReadAsync<DonationResponse>(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_donation_above_the_ceiling_is_400_naming_amountFen_and_writes_nothing()
    {
        var fund = (await fixture.Client.EstablishFundAsync(fixture.FederationId, await fixture.NewCommunityAsync())).Id;
        var writes = await fixture.CountWritesAsync();

        await (await fixture.Client.DonateAsync(Api.Money(fund, new DonationLimitOptions().MaxAmountFen + 1))).ProblemAsync(HttpStatusCode.BadRequest, "amountFen");

        Assert.Equal(writes, await fixture.CountWritesAsync());
    }

    [Fact]
    public async Task A_bulk_import_counts_against_a_workers_cap_but_not_a_city_administrators()
    {
        var (worker, fund) = await WorkerWithFundAsync();
        var batch = Enumerable.Range(0, Cap + 1).Select(i => Gift(fund, i)).ToList();
        var writes = await fixture.CountWritesAsync();

        await (await worker.PostAsJsonAsync("/api/charity/donations/bulk", new { donations = batch }, Cancel)).ProblemAsync(HttpStatusCode.BadRequest, "donations");
        Assert.Equal(writes, await fixture.CountWritesAsync());
        await (await worker.PostAsJsonAsync("/api/charity/donations/bulk", new { donations = batch[..Cap] }, Cancel))
            .ReadAsync<DonationsReceivedResponse>(HttpStatusCode.OK);
        writes = await fixture.CountWritesAsync();
        var overCap = await worker.PostAsJsonAsync("/api/charity/donations/bulk", new { donations = batch[..1] }, Cancel);
        Assert.Equal(HttpStatusCode.TooManyRequests, overCap.StatusCode);
        Assert.NotNull(overCap.Headers.RetryAfter?.Delta);
        Assert.Equal(writes, await fixture.CountWritesAsync());

        var imported = await (await fixture.Client.PostAsJsonAsync("/api/charity/donations/bulk", new { donations = batch }, Cancel))
            .ReadAsync<DonationsReceivedResponse>(HttpStatusCode.OK);
        Assert.Equal(Cap + 1, imported.Count);
        Assert.Equal(2 * Cap + 1, await fixture.InDbAsync(db => db.Donations.CountAsync(d => d.FundId == fund, Cancel)));
    }
}
