using System.Net;
using System.Net.Http.Json;
using Platform.Charity.Disbursements;
using Platform.Charity.Funds;

namespace Platform.Charity.Tests;

/// <summary>A change sent with a version that is no longer the record's is a 409 naming <c>version</c>, and writes nothing.</summary>
public sealed class Refusing_stale_versions(CharityFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_fund_status_change_against_an_old_version_is_409_and_the_current_version_is_accepted()
    {
        var fund = await fixture.Client.EstablishFundAsync(fixture.FederationId, await fixture.NewCommunityAsync());
        var suspended = await (await fixture.Client.PutAsJsonAsync($"/api/charity/funds/{fund.Id}/status", new { status = "Suspended", version = fund.Version }, Cancel))
            .ReadAsync<FundResponse>(HttpStatusCode.OK);
        Assert.NotEqual(fund.Version, suspended.Version);

        await (await fixture.Client.PutAsJsonAsync($"/api/charity/funds/{fund.Id}/status", new { status = "Closed", version = fund.Version }, Cancel))
            .ProblemAsync(HttpStatusCode.Conflict, "version");

        var current = await fixture.Client.FundAsync(fund.Id);
        Assert.Equal((FundStatus.Suspended, suspended.Version), (current.Status, current.Version));
    }

    [Fact]
    public async Task An_approval_against_an_old_version_is_409_and_approves_nothing()
    {
        var fund = await fixture.Client.EstablishFundAsync(fixture.FederationId, await fixture.NewCommunityAsync());
        await fixture.Client.DonateMoneyAsync(fund.Id, 5_000);
        var requested = await fixture.Client.RequestDisbursementAsync(fund.Id, 1_000);
        var first = await (await fixture.Client.PostAsJsonAsync($"/api/charity/disbursements/{requested.Id}/approvals", new { version = requested.Version }, Cancel))
            .ReadAsync<DisbursementResponse>(HttpStatusCode.OK);
        var before = await fixture.CountWritesAsync();

        await (await fixture.SecondApprover.PostAsJsonAsync($"/api/charity/disbursements/{requested.Id}/approvals", new { version = requested.Version }, Cancel))
            .ProblemAsync(HttpStatusCode.Conflict, "version");

        Assert.Equal(before, await fixture.CountWritesAsync());
        var paid = await (await fixture.SecondApprover.PostAsJsonAsync($"/api/charity/disbursements/{requested.Id}/approvals", new { version = first.Version }, Cancel))
            .ReadAsync<DisbursementResponse>(HttpStatusCode.OK);
        Assert.NotNull(paid.PaidAt);
    }
}
