using System.Net;
using Platform.Reporting.Ranking;
using Platform.Reporting.Statistics;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using static Platform.Reporting.Tests.ReportingFixture;

namespace Platform.Reporting.Tests;

public sealed class Reading_within_reach(ReportingFixture fixture)
{
    [Fact]
    public async Task A_street_officer_reads_its_street_and_below_and_finds_neither_the_county_nor_other_regions()
    {
        var officer = await fixture.ClientAsAsync(PlatformRoles.StreetOfficer, Street);
        Assert.Equal(Street, (await officer.OverviewAsync(Street)).RegionCode);
        Assert.Equal(Community, (await officer.OverviewAsync(Community)).RegionCode);
        Assert.Equal(Street, (await (await officer.GetAsync("/api/reporting/overview", Api.Cancel)).ExpectAsync<RegionOverview>(HttpStatusCode.OK)).RegionCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/reporting/overview/{County}", Api.Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/reporting/compliance/{OtherCountyCommunity}", Api.Cancel)).StatusCode);
        await (await officer.GetAsync($"/api/reporting/exports/records.csv?region={City}", Api.Cancel)).ForbiddenAsync("region");
    }

    [Fact]
    public async Task An_unknown_region_is_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Client.GetAsync("/api/reporting/overview/511699", Api.Cancel)).StatusCode);
    }

    [Fact]
    public async Task A_county_ranks_among_the_counties_of_its_city()
    {
        var ranking = await (await fixture.Gateway.GetAsync($"/api/reporting/ranking/{County}?figure=registeredVolunteers", Api.Cancel))
            .ExpectAsync<RegionRanking>(HttpStatusCode.OK);
        Assert.Equal([OtherCounty, County], ranking.Siblings.Select(s => s.RegionCode).Order());
        var county = ranking.Siblings.Single(s => s.RegionCode == County);
        Assert.Equal(county.Rank, ranking.Rank);
        Assert.Equal((await fixture.Client.OverviewAsync(County)).RegisteredVolunteers, county.Value);

        var bad = await fixture.Client.GetAsync($"/api/reporting/ranking/{County}?figure=nothing", Api.Cancel);
        await bad.BadRequestAsync("figure");
    }
}
