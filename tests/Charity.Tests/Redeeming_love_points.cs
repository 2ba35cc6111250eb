extern alias volunteers;

using System.Net;
using Microsoft.EntityFrameworkCore;
using Platform.Charity.Redemptions;
using Platform.Contracts.Charity;
using Platform.Contracts.Volunteers;
using Platform.Messaging;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Testing;
using PointsEntryKind = volunteers::Platform.Volunteers.Points.PointsEntryKind;

namespace Platform.Charity.Tests;

/// <summary>The saga's other endings: expiry without an answer, a debit that arrives after it, redelivered answers.</summary>
public sealed class Redeeming_love_points(CharityFixture fixture)
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<(Guid Supermarket, Guid Item, string Community)> ShelfAsync(int quantity)
    {
        var community = await fixture.NewCommunityAsync();
        var supermarket = await fixture.Client.OpenSupermarketAsync(community);
        await fixture.Client.DonateGoodsAsync(supermarket.Id, "洗衣液", quantity, pointsPrice: 15);
        return (supermarket.Id, Assert.Single((await fixture.Client.SupermarketAsync(supermarket.Id)).Stock).Id, community);
    }

    [Fact]
    public async Task A_reservation_without_an_answer_expires_releases_the_stock_and_its_late_request_costs_no_points()
    {
        var (supermarket, item, community) = await ShelfAsync(2);
        var volunteer = await fixture.VolunteerWithPointsAsync(community, 100);
        // Volunteers never heard of this redemption (the request was lost): reserve stock as the endpoint does, without publishing.
        var redemptionId = await fixture.InDbAsync(async db =>
        {
            Assert.True(await Supermarkets.Stock.TryReserveStockAsync(db, item, 1, Cancel));
            var redemption = Redemption.Reserve(supermarket, item, volunteer, community, 1, 15, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5));
            db.Redemptions.Add(redemption);
            await db.SaveChangesAsync(Cancel);
            return redemption.Id;
        });
        Assert.Equal(1, (await fixture.Client.SupermarketAsync(supermarket)).Stock.Single().Available);

        Assert.Equal(0, await RedemptionExpiry.ExpireDueAsync(fixture.CharityScopes, DateTimeOffset.UtcNow, Cancel));
        Assert.True(await RedemptionExpiry.ExpireDueAsync(fixture.CharityScopes, DateTimeOffset.UtcNow.AddMinutes(6), Cancel) >= 1);

        var expired = await fixture.Client.RedemptionEndsAsync(redemptionId);
        Assert.Equal(RedemptionStatus.Cancelled, expired.Status);
        Assert.StartsWith("Expired", expired.Reason, StringComparison.Ordinal);
        Assert.Equal(2, (await fixture.Client.SupermarketAsync(supermarket)).Stock.Single().Available);

        // The lost request turns up after all. Events keep no order: if Volunteers heard the cancellation first it refuses
        // the request, else it debits and the cancellation (or Charity, seeing a cancelled redemption) has the points given back.
        await fixture.PublishAsync(new PointsRedemptionRequested(redemptionId, volunteer, 15, supermarket, DateTimeOffset.UtcNow));
        await Eventually.UntilAsync(() => fixture.InVolunteersDbAsync(async (_, db) =>
                await db.PointsEntries.AnyAsync(e => e.RedemptionId == redemptionId && e.Kind == PointsEntryKind.Reversal, Cancel)
                || (await db.OutboxMessages.AsNoTracking().Where(m => m.MessageType.Contains(nameof(PointsDebitRefused))).ToListAsync(Cancel))
                    .Any(m => m.Payload.Contains(redemptionId.ToString(), StringComparison.Ordinal))),
            TimeSpan.FromSeconds(60), "the late request to be refused or its debit given back", Cancel);
        Assert.Equal(100, await fixture.PointsOfAsync(volunteer));
        Assert.Equal(RedemptionStatus.Cancelled, (await fixture.Client.RedemptionEndsAsync(redemptionId)).Status);
    }

    [Fact]
    public async Task Redelivered_answers_fulfil_once_and_release_nothing_twice()
    {
        var (supermarket, item, community) = await ShelfAsync(3);
        var rich = await fixture.VolunteerWithPointsAsync(community, 100);
        var poor = await fixture.VolunteerWithPointsAsync(community, 5);
        var asStaff = await fixture.ClientAsAsync(PlatformRoles.CommunityWorker, community);
        var fulfilled = await (await asStaff.RedeemAsync(supermarket, rich, item)).ReadAsync<RedemptionResponse>(HttpStatusCode.Accepted);
        var refused = await (await asStaff.RedeemAsync(supermarket, poor, item)).ReadAsync<RedemptionResponse>(HttpStatusCode.Accepted);
        Assert.Equal(RedemptionStatus.Fulfilled, (await asStaff.RedemptionEndsAsync(fulfilled.Id)).Status);
        Assert.Equal(RedemptionStatus.Cancelled, (await asStaff.RedemptionEndsAsync(refused.Id)).Status);
        Assert.Equal(2, (await fixture.Client.SupermarketAsync(supermarket)).Stock.Single().Available);

        // The same answers again, as a redelivery or a retry by Volunteers would bring them (new message ids).
        for (var i = 0; i < 3; i++)
        {
            await fixture.PublishAsync(new PointsDebited(fulfilled.Id, rich, 15, 85, DateTimeOffset.UtcNow));
            await fixture.PublishAsync(new PointsDebitRefused(refused.Id, poor, 15, "The balance is too low.", DateTimeOffset.UtcNow));
        }

        var marker = Guid.NewGuid();
        await fixture.PublishAsync(new PointsDebitRefused(marker, poor, 1, "marker", DateTimeOffset.UtcNow));
        await Eventually.UntilAsync(() => fixture.InDbAsync(db => db.InboxMessages.CountAsync(m => m.Consumer == nameof(PointsDebitRefusedConsumer), Cancel)),
            n => n >= 5, TimeSpan.FromSeconds(60), "the redelivered answers to be consumed", Cancel);
        Assert.Equal(2, (await fixture.Client.SupermarketAsync(supermarket)).Stock.Single().Available);
        var ends = await fixture.InDbAsync(async db => (await db.OutboxMessages.ToListAsync(Cancel)).Select(MessageTypes.Deserialize)
            .Count(e => (e is RedemptionFulfilled f && f.RedemptionId == fulfilled.Id) || (e is RedemptionCancelled c && c.RedemptionId == refused.Id)));
        Assert.Equal(2, ends);
        Assert.Equal(85, await fixture.PointsOfAsync(rich));
    }

    [Fact]
    public async Task A_volunteer_redeems_only_for_themself_and_sees_only_their_own_redemptions()
    {
        var (supermarket, item, community) = await ShelfAsync(1);
        var me = await fixture.VolunteerWithPointsAsync(community, 100);
        var other = await fixture.VolunteerWithPointsAsync(community, 100);
        var asMe = await fixture.ClientAsAsync(PlatformRoles.Volunteer, community, me);
        var asOther = await fixture.ClientAsAsync(PlatformRoles.Volunteer, community, other);

        Assert.Equal(HttpStatusCode.Forbidden, (await asMe.RedeemAsync(supermarket, other, item)).StatusCode);
        var mine = await (await asMe.RedeemAsync(supermarket, me, item)).ReadAsync<RedemptionResponse>(HttpStatusCode.Accepted);
        Assert.Equal(HttpStatusCode.NotFound, (await asOther.GetAsync($"/api/charity/redemptions/{mine.Id}", Cancel)).StatusCode);
        Assert.Equal(RedemptionStatus.Fulfilled, (await asMe.RedemptionEndsAsync(mine.Id)).Status);
    }
}
