using System.Net;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.PartyBuilding;
using Platform.Contracts.Volunteers;
using Platform.Reporting.Statistics;
using Platform.Reporting.Trends;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using static Platform.Reporting.Tests.ReportingFixture;

namespace Platform.Reporting.Tests;

public sealed class Rebuilding_statistics(ReportingFixture fixture)
{
    [Fact]
    public async Task A_rebuild_from_the_stored_facts_gives_the_same_figures_and_counts_nothing_twice()
    {
        await fixture.ApplyAsync(Community, new VolunteerRegistered(Guid.NewGuid(), Community, true, "Test", DateTimeOffset.UtcNow));
        await fixture.ApplyAsync(Community, new CommunityFacilityDesignated(
            Guid.NewGuid(), Community, Community, CommunityFacilityKind.RenovatedCommunityCentre, DateTimeOffset.UtcNow));
        var before = await fixture.Client.OverviewAsync(City);
        var trendsBefore = await TrendsAsync();

        var report = await (await fixture.Client.PostAsync("/api/reporting/statistics/rebuild", null, Api.Cancel)).ExpectAsync<RebuildReport>(HttpStatusCode.OK);
        Assert.True(report.Facts > 0);
        Assert.True(await fixture.InDbAsync(db => db.StatRebuilds.AnyAsync(r => r.Id == report.Id, Api.Cancel)));
        await (await fixture.Client.PostAsync("/api/reporting/statistics/rebuild", null, Api.Cancel)).ExpectAsync<RebuildReport>(HttpStatusCode.OK);

        Assert.True(before.RenovatedCommunityCentres > 0);
        Assert.Equal(before, await fixture.Client.OverviewAsync(City));
        var trendsAfter = await TrendsAsync();
        Assert.Equal(trendsBefore.Select(m => m.Month), trendsAfter.Select(m => m.Month));
        foreach (var (b, a) in trendsBefore.Zip(trendsAfter))
        {
            Assert.Equal(b.Figures, a.Figures);
        }
    }

    private async Task<IReadOnlyList<MonthFigures>> TrendsAsync() =>
        (await (await fixture.Client.GetAsync($"/api/reporting/trends/{City}", Api.Cancel)).ExpectAsync<Trends.Trends>(HttpStatusCode.OK)).Months;

    [Fact]
    public async Task Events_that_arrive_during_a_rebuild_are_counted_once()
    {
        var before = await fixture.Client.OverviewAsync(OtherCounty);
        const int events = 150;
        var publishing = Task.Run(async () =>
        {
            for (var i = 0; i < events; i++)
            {
                await fixture.PublishAsync(new VolunteerRegistered(Guid.NewGuid(), OtherCountyCommunity, false, "Test", DateTimeOffset.UtcNow));
            }
        }, Api.Cancel);
        for (var i = 0; i < 3; i++)
        {
            await (await fixture.Client.PostAsync("/api/reporting/statistics/rebuild", null, Api.Cancel)).ExpectAsync<RebuildReport>(HttpStatusCode.OK);
        }

        await publishing;
        var counted = await Platform.Testing.Eventually.UntilAsync(() => fixture.Client.OverviewAsync(OtherCounty),
            o => o.RegisteredVolunteers >= before.RegisteredVolunteers + events, TimeSpan.FromSeconds(60), "every registration counted", Api.Cancel);
        Assert.Equal(before.RegisteredVolunteers + events, counted.RegisteredVolunteers);
        await (await fixture.Client.PostAsync("/api/reporting/statistics/rebuild", null, Api.Cancel)).ExpectAsync<RebuildReport>(HttpStatusCode.OK);
        Assert.Equal(before.RegisteredVolunteers + events, (await fixture.Client.OverviewAsync(OtherCounty)).RegisteredVolunteers);
    }

    [Theory]
    [InlineData(PlatformRoles.CountyOfficer, County)]
    [InlineData(PlatformRoles.Auditor, City)]
    [InlineData(PlatformRoles.StreetOfficer, Street)]
    public async Task Only_a_city_administrator_may_rebuild(string role, string region)
    {
        var client = await fixture.ClientAsAsync(role, region);
        var response = await client.PostAsync("/api/reporting/statistics/rebuild", null, Api.Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
