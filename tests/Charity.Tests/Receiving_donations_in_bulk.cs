using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Charity.Donations;
using Platform.Contracts.Charity;
using Platform.Contracts.Identity;
using Platform.Messaging;

namespace Platform.Charity.Tests;

public sealed class Receiving_donations_in_bulk(CharityFixture fixture)
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_batch_records_every_donation_with_its_own_entry_and_event()
    {
        var funds = new[]
        {
            await fixture.Client.EstablishFundAsync(fixture.FederationId, await fixture.NewCommunityAsync()),
            await fixture.Client.EstablishFundAsync(fixture.FederationId, await fixture.NewCommunityAsync()),
        };
        var donations = Enumerable.Range(0, 300).Select(i => Api.Money(funds[i % 2].Id, 10_000 + i)).ToList();

        var received = await (await fixture.Client.PostAsJsonAsync("/api/charity/donations/bulk", new { donations }, Cancel))
            .ReadAsync<DonationsReceivedResponse>(HttpStatusCode.OK);

        Assert.Equal(300, received.Count);
        Assert.Equal(Enumerable.Range(0, 300).Sum(i => 10_000L + i), received.TotalFen);
        Assert.Equal(received.TotalFen, (await fixture.Client.FundAsync(funds[0].Id)).BalanceFen + (await fixture.Client.FundAsync(funds[1].Id)).BalanceFen);
        var events = await fixture.InDbAsync(async db => (await db.OutboxMessages.ToListAsync(Cancel)).Select(MessageTypes.Deserialize)
            .OfType<DonationReceived>().Count(d => received.DonationIds.Contains(d.DonationId)));
        Assert.Equal(300, events);
    }

    [Fact]
    public async Task A_large_batch_is_audited_as_rows_per_entity_not_row_by_row()
    {
        // 257 rows: no other test of this fixture sends a batch of that size, and the outbox is shared.
        var fund = await fixture.Client.EstablishFundAsync(fixture.FederationId, await fixture.NewCommunityAsync());
        var donations = Enumerable.Range(0, 257).Select(i => Api.Money(fund.Id, 20_000 + i)).ToList();

        await (await fixture.Client.PostAsJsonAsync("/api/charity/donations/bulk", new { donations }, Cancel)).ReadAsync<DonationsReceivedResponse>(HttpStatusCode.OK);

        var audits = await fixture.InDbAsync(async db => (await db.OutboxMessages.ToListAsync(Cancel)).Select(MessageTypes.Deserialize)
            .OfType<AuditRecorded>().Where(a => a.Path == "/api/charity/donations/bulk").ToList());
        var audit = Assert.Single(audits, a => a.Changes.Any(c => c is { Entity: "Donation", State: "Added", Rows: 257 }));
        Assert.True(audit.Changes.Count < 20, $"{audit.Changes.Count} changes: a summary is a line per entity and state");
    }

    [Fact]
    public async Task One_bad_item_refuses_the_whole_batch_naming_it()
    {
        var fund = await fixture.Client.EstablishFundAsync(fixture.FederationId, await fixture.NewCommunityAsync());
        var before = await fixture.CountWritesAsync();

        await (await fixture.Client.PostAsJsonAsync("/api/charity/donations/bulk",
            new { donations = new[] { Api.Money(fund.Id, 100), Api.Money(fund.Id, 0) } }, Cancel)).ProblemAsync(HttpStatusCode.BadRequest, "donations[1].amountFen");
        await (await fixture.Client.PostAsJsonAsync("/api/charity/donations/bulk",
            new { donations = new object[] { Api.Money(fund.Id, 100), new { donorKind = "Resident", amountFen = 5, fundId = fund.Id } } }, Cancel))
            .ProblemAsync(HttpStatusCode.BadRequest, "donations[1].kind");

        Assert.Equal(before, await fixture.CountWritesAsync());
    }
}
