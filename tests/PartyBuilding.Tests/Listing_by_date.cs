using System.Net;
using Platform.PartyBuilding.DualReports;
using Platform.PartyBuilding.Facilities;
using Platform.PartyBuilding.Members;
using Platform.PartyBuilding.Organisations;
using Platform.PersonalData;
using Platform.Data;
using Platform.RegionReplica.Queries;

namespace Platform.PartyBuilding.Tests;

/// <summary>from and to are days of the city (Asia/Shanghai), both inclusive, on every list whose records have a date.</summary>
public sealed class Listing_by_date(PartyFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string CityDay(DateTimeOffset at, int plusDays = 0) =>
        DateOnly.FromDateTime(at.ToOffset(TimeSpan.FromHours(8)).DateTime).AddDays(plusDays).ToString("yyyy-MM-dd");

    private async Task<int> TotalAsync(string path) =>
        (await (await fixture.Client.GetAsync(path, Cancel)).ReadAsync<Page<System.Text.Json.JsonElement>>(HttpStatusCode.OK)).Total;

    [Fact]
    public async Task Records_stamped_today_are_in_a_range_that_ends_or_starts_today_and_not_outside_it()
    {
        var first17 = "51168119800303" + Random.Shared.Next(100, 999);
        var member = await (await fixture.PostAsync("/api/party/members",
                new { name = "吴党员", residentIdNumber = first17 + ResidentIdNumber.CheckCharacter(first17) }))
            .ReadAsync<MemberResponse>(HttpStatusCode.Created);
        var report = await (await fixture.PostAsync($"/api/party/members/{member.Id}/reports", new { communityCode = "511681001012" }))
            .ReadAsync<DualReportResponse>(HttpStatusCode.Created);
        var facility = await (await fixture.PostAsync("/api/party/facilities", new { regionCode = "511681002012", kind = "NewPartyServiceCentre" }))
            .ReadAsync<FacilityResponse>(HttpStatusCode.Created);
        var (today, yesterday, tomorrow) = (CityDay(report.ReportedAt), CityDay(report.ReportedAt, -1), CityDay(report.ReportedAt, 1));

        var reports = $"/api/party/dual-reports?memberId={member.Id}";
        Assert.Equal((1, 1, 1, 0, 0), (
            await TotalAsync($"{reports}&from={today}&to={today}"), await TotalAsync($"{reports}&to={today}"), await TotalAsync($"{reports}&from={yesterday}"),
            await TotalAsync($"{reports}&from={tomorrow}"), await TotalAsync($"{reports}&to={yesterday}")));
        var members = $"/api/party/members?name=吴党员";
        Assert.True(await TotalAsync($"{members}&from={CityDay(member.RegisteredAt)}&to={CityDay(member.RegisteredAt)}") >= 1);
        Assert.Equal(0, await TotalAsync($"{members}&from={CityDay(member.RegisteredAt, 1)}"));
        var facilities = "/api/party/facilities?region=511681002012&kind=NewPartyServiceCentre";
        Assert.Equal((1, 0), (await TotalAsync($"{facilities}&from={CityDay(facility.DesignatedAt)}&to={CityDay(facility.DesignatedAt)}"),
            await TotalAsync($"{facilities}&to={CityDay(facility.DesignatedAt, -1)}")));

        var backwards = await fixture.Client.GetAsync($"{reports}&from={tomorrow}&to={today}", Cancel);
        Assert.Contains("to", (await backwards.ProblemFieldsAsync(HttpStatusCode.BadRequest)).Keys);
    }

    [Fact]
    public async Task Organisations_are_listed_by_their_founding_day_inclusive()
    {
        var organisation = await (await fixture.PostAsync("/api/party/organisations",
                new { name = "华蓥社区党委(合成)", kind = "CommunityPartyCommittee", regionCode = "511681001011", secretary = "李书记", foundedOn = "2019-05-04" }))
            .ReadAsync<OrganisationResponse>(HttpStatusCode.Created);

        var onTheDay = await (await fixture.Client.GetAsync("/api/party/organisations?region=511681001011&from=2019-05-04&to=2019-05-04", Cancel))
            .ReadAsync<Page<OrganisationResponse>>(HttpStatusCode.OK);
        var after = await (await fixture.Client.GetAsync("/api/party/organisations?region=511681001011&from=2019-05-05", Cancel))
            .ReadAsync<Page<OrganisationResponse>>(HttpStatusCode.OK);

        Assert.Equal(organisation.Id, Assert.Single(onTheDay.Items).Id);
        Assert.Empty(after.Items);
    }
}
