using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Charity.Donations;
using Platform.Charity.Ledger;
using Platform.Data;
using Platform.RegionReplica.Queries;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.Charity.Tests;

/// <summary>A department keeps a copy of the donation list by reading its change feed.</summary>
public sealed class Following_donation_changes(CharityFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<ChangePage<DonationResponse>> ChangesAsync(HttpClient client, string region, string? after = null, int pageSize = 500) =>
        await (await client.GetAsync($"/api/charity/donations/changes?region={region}&pageSize={pageSize}&after={after}", Cancel))
            .ReadAsync<ChangePage<DonationResponse>>(HttpStatusCode.OK);

    [Fact]
    public async Task The_first_call_returns_every_donation_in_change_order_and_a_reversal_comes_next_as_removed()
    {
        var community = await fixture.NewCommunityAsync();
        var fund = await fixture.Client.EstablishFundAsync(fixture.FederationId, community);
        var first = await fixture.Client.DonateMoneyAsync(fund.Id, 1_000);
        var second = await fixture.Client.DonateMoneyAsync(fund.Id, 2_000);
        var third = await fixture.Client.DonateMoneyAsync(fund.Id, 3_000);
        var department = await fixture.ClientAsAsync(PlatformRoles.DepartmentClient, community);

        var opening = await ChangesAsync(department, community, pageSize: 2);
        Assert.True(opening.HasMore);
        var rest = await ChangesAsync(department, community, opening.Next, pageSize: 2);
        Assert.False(rest.HasMore);
        Assert.Equal([first.Id, second.Id, third.Id], opening.Items.Concat(rest.Items).Select(c => c.Id));
        Assert.All(opening.Items.Concat(rest.Items), c => Assert.False(c.Removed));
        Assert.Empty((await ChangesAsync(department, community, rest.Next)).Items);

        var entry = await fixture.InDbAsync(db => db.JournalEntries.Where(e => e.SourceId == second.Id).Select(e => e.Id).SingleAsync(Cancel));
        await (await fixture.Client.PostAsJsonAsync($"/api/charity/ledger/entries/{entry}/reversal", new { reason = "重复登记" }, Cancel))
            .ReadAsync<JournalEntryResponse>(HttpStatusCode.Created);
        var changed = await ChangesAsync(department, community, rest.Next);

        var change = Assert.Single(changed.Items);
        Assert.Equal((second.Id, true), (change.Id, change.Removed));
        Assert.NotNull(change.Item.ReversedAt);
        Assert.NotEqual(second.Version, change.Item.Version);
        Assert.Empty((await ChangesAsync(department, community, changed.Next)).Items);
    }

    [Fact]
    public async Task A_token_that_was_not_handed_out_is_400_naming_after_and_a_region_out_of_reach_403()
    {
        await (await fixture.Client.GetAsync("/api/charity/donations/changes?after=bm90LWEtdG9rZW4", Cancel)).ProblemAsync(HttpStatusCode.BadRequest, "after");
        var street = await fixture.ClientAsAsync(PlatformRoles.StreetOfficer, CharityFixture.Street);
        await (await street.GetAsync($"/api/charity/donations/changes?region={CharityFixture.County}", Cancel)).ProblemAsync(HttpStatusCode.Forbidden, "region");
        var volunteer = await fixture.ClientAsAsync(PlatformRoles.Volunteer, CharityFixture.Street + "101", Guid.NewGuid());
        Assert.Equal(HttpStatusCode.Forbidden, (await volunteer.GetAsync("/api/charity/donations/changes", Cancel)).StatusCode);
    }
}
