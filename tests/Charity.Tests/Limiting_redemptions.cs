using System.Net;
using Platform.Charity.Redemptions;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Testing;

namespace Platform.Charity.Tests;

/// <summary>OWASP API6 (sensitive business flows): a volunteer's token cannot empty a shelf; redemptions are capped per volunteer and day.</summary>
public sealed class Limiting_redemptions(CharityFixture fixture)
{
    [Fact]
    public async Task The_eleventh_redemption_in_a_day_is_429_with_Retry_After_and_writes_nothing()
    {
        var community = await fixture.NewCommunityAsync();
        var supermarket = await fixture.Client.OpenSupermarketAsync(community);
        await fixture.Client.DonateGoodsAsync(supermarket.Id, "挂面", 50, pointsPrice: 1);
        var noodles = Assert.Single((await fixture.Client.SupermarketAsync(supermarket.Id)).Stock);
        var volunteer = await fixture.VolunteerWithPointsAsync(community, 50);
        var client = await fixture.ClientAsAsync(PlatformRoles.Volunteer, community, volunteer);

        for (var i = 0; i < 10; i++)
        {
            var redemption = await (await client.RedeemAsync(supermarket.Id, volunteer, noodles.Id)).ReadAsync<RedemptionResponse>(HttpStatusCode.Accepted);
            await fixture.Client.RedemptionEndsAsync(redemption.Id);
        }

        var writes = await fixture.CountWritesAsync();
        var eleventh = await client.RedeemAsync(supermarket.Id, volunteer, noodles.Id);

        Assert.Equal(HttpStatusCode.TooManyRequests, eleventh.StatusCode);
        Assert.InRange(eleventh.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromHours(23), TimeSpan.FromHours(24));
        Assert.Equal("application/problem+json", eleventh.Content.Headers.ContentType?.MediaType);
        Assert.Equal(writes, await fixture.CountWritesAsync());
        Assert.Equal(40, Assert.Single((await fixture.Client.SupermarketAsync(supermarket.Id)).Stock).Available);
    }
}
