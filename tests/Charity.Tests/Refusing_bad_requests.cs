using System.Net;
using System.Net.Http.Json;
using System.Text;
using Platform.Charity.Disbursements;

namespace Platform.Charity.Tests;

/// <summary>Each bad request is a problem document naming the field, and nothing is written.</summary>
public sealed class Refusing_bad_requests(CharityFixture fixture)
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<Guid> FundAsync()
    {
        var fund = await fixture.Client.EstablishFundAsync(fixture.FederationId, await fixture.NewCommunityAsync());
        await fixture.Client.DonateMoneyAsync(fund.Id, 10_000);
        return fund.Id;
    }

    private async Task RefusedAsync(Func<Task<HttpResponseMessage>> send, HttpStatusCode status, string field)
    {
        var before = await fixture.CountWritesAsync();
        await (await send()).ProblemAsync(status, field);
        Assert.Equal(before, await fixture.CountWritesAsync());
    }

    private Task<HttpResponseMessage> PostRawAsync(string path, string json) =>
        fixture.Client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"), Cancel);

    [Theory]
    [InlineData(0)]
    [InlineData(-100)]
    public async Task A_zero_or_negative_donation_is_400_naming_amountFen(long amount)
    {
        var fund = await FundAsync();
        await RefusedAsync(() => fixture.Client.DonateAsync(Api.Money(fund, amount)), HttpStatusCode.BadRequest, "amountFen");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task A_zero_or_negative_disbursement_is_400_naming_amountFen(long amount)
    {
        var fund = await FundAsync();
        await RefusedAsync(() => fixture.Client.PostAsJsonAsync("/api/charity/disbursements",
            new { fundId = fund, kind = "Project", amountFen = amount, purpose = "项目", beneficiary = "社区" }, Cancel), HttpStatusCode.BadRequest, "amountFen");
    }

    [Fact]
    public async Task A_floating_point_amount_is_400_naming_the_field()
    {
        var fund = await FundAsync();
        await RefusedAsync(() => PostRawAsync("/api/charity/donations",
            $$"""{"kind":"Money","donorKind":"Resident","amountFen":10.5,"fundId":"{{fund}}"}"""), HttpStatusCode.BadRequest, "amountFen");
        await RefusedAsync(() => PostRawAsync("/api/charity/disbursements",
            $$"""{"fundId":"{{fund}}","kind":"Project","amountFen":99.99,"purpose":"项目","beneficiary":"社区"}"""), HttpStatusCode.BadRequest, "amountFen");
    }

    [Theory]
    [InlineData("100.5")]
    [InlineData("-1")]
    [InlineData("12.345")]
    public async Task A_ratio_outside_0_to_100_percent_is_400_naming_fundSharePercent(string ratio)
    {
        var community = await fixture.NewCommunityAsync();
        await fixture.Client.EstablishFundAsync(fixture.FederationId, community);
        await RefusedAsync(() => PostRawAsync("/api/charity/lottery/outlets",
            $$"""{"name":"福彩销售点","communityCode":"{{community}}","fundSharePercent":{{ratio}}}"""), HttpStatusCode.BadRequest, "fundSharePercent");
    }

    [Fact]
    public async Task An_unknown_fund_is_400_in_a_body_and_404_in_a_path()
    {
        var unknown = Guid.NewGuid();
        await RefusedAsync(() => fixture.Client.DonateAsync(Api.Money(unknown, 100)), HttpStatusCode.BadRequest, "fundId");
        await RefusedAsync(() => fixture.Client.PostAsJsonAsync("/api/charity/disbursements",
            new { fundId = unknown, kind = "Project", amountFen = 100, purpose = "项目", beneficiary = "社区" }, Cancel), HttpStatusCode.BadRequest, "fundId");
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Client.GetAsync($"/api/charity/funds/{unknown}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Client.GetAsync($"/api/charity/funds/{unknown}/journal.csv", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Client.ApproveAsync(Guid.NewGuid())).StatusCode);
    }

    [Fact]
    public async Task The_same_person_approving_twice_is_409_and_pays_nothing()
    {
        var fund = await FundAsync();
        var disbursement = await fixture.Client.RequestDisbursementAsync(fund, 1_000);
        await (await fixture.Client.ApproveAsync(disbursement.Id)).ReadAsync<DisbursementResponse>(HttpStatusCode.OK);
        await RefusedAsync(() => fixture.Client.ApproveAsync(disbursement.Id), HttpStatusCode.Conflict, "approver");
        Assert.Equal(10_000, (await fixture.Client.FundAsync(fund)).BalanceFen);
    }

    [Fact]
    public async Task A_duplicate_receipt_number_is_409()
    {
        var fund = await FundAsync();
        var receipt = $"GA-{Guid.NewGuid():N}"[..20];
        await (await fixture.Client.DonateAsync(Api.Money(fund, 500, receipt))).ReadAsync<Donations.DonationResponse>(HttpStatusCode.Created);
        var before = await fixture.CountWritesAsync();
        var duplicate = await fixture.Client.DonateAsync(Api.Money(fund, 700, receipt));
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal("application/problem+json", duplicate.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await fixture.CountWritesAsync());
    }

    [Fact]
    public async Task A_disbursement_the_fund_does_not_cover_is_409_and_stays_approved_once()
    {
        var fund = await FundAsync();
        var disbursement = await fixture.Client.RequestDisbursementAsync(fund, 10_001);
        await (await fixture.Client.ApproveAsync(disbursement.Id)).ReadAsync<DisbursementResponse>(HttpStatusCode.OK);
        await RefusedAsync(() => fixture.SecondApprover.ApproveAsync(disbursement.Id), HttpStatusCode.Conflict, "amountFen");
    }

    [Fact]
    public async Task A_resent_lottery_report_for_the_same_period_is_409()
    {
        var community = await fixture.NewCommunityAsync();
        await fixture.Client.EstablishFundAsync(fixture.FederationId, community);
        var outlet = await fixture.Client.RegisterOutletAsync(community, 40);
        var period = new DateOnly(2026, 9, 1);
        await (await fixture.Client.ReportSalesAsync(outlet.Id, period, 500_000, 50_000)).ReadAsync<Lottery.SalesReportResponse>(HttpStatusCode.Created);
        var before = await fixture.CountWritesAsync();
        Assert.Equal(HttpStatusCode.Conflict, (await fixture.Client.ReportSalesAsync(outlet.Id, period, 500_000, 50_000)).StatusCode);
        await RefusedAsync(() => fixture.Client.ReportSalesAsync(outlet.Id, period.AddMonths(1), 500_000, 0), HttpStatusCode.BadRequest, "revenueFen");
        Assert.Equal(before, await fixture.CountWritesAsync());
    }
}
