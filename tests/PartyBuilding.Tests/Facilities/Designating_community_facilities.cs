using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.PartyBuilding;
using Platform.Data;
using Platform.RegionReplica.Queries;
using Platform.PartyBuilding.Facilities;

namespace Platform.PartyBuilding.Tests.Facilities;

public sealed class Designating_community_facilities(PartyFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private Task<int> CountAsync() => fixture.InDbAsync(db => db.CommunityFacilities.CountAsync(Cancel));

    private Task<HttpResponseMessage> ImportAsync(string csv, HttpClient? client = null) =>
        (client ?? fixture.Client).PostAsync("/api/party/facilities/import", new StringContent(csv, Encoding.UTF8, "text/csv"), Cancel);

    [Fact]
    public async Task A_community_is_designated_once_per_kind_and_the_event_is_published()
    {
        var created = await (await fixture.PostAsync("/api/party/facilities", new { regionCode = "511621001011", kind = "FeaturedCommunity" }))
            .ReadAsync<FacilityResponse>(HttpStatusCode.Created);

        Assert.Equal(("511621001011", CommunityFacilityKind.FeaturedCommunity), (created.CommunityCode, created.Kind));
        var published = Assert.Single(await fixture.EventsAsync<CommunityFacilityDesignated>(e => e.RegionCode == "511621001011"));
        Assert.Equal((created.Id, CommunityFacilityKind.FeaturedCommunity), (published.FacilityId, published.Kind));
        var writes = await fixture.CountWritesAsync();
        var again = await fixture.PostAsync("/api/party/facilities", new { regionCode = "511621001011", kind = "FeaturedCommunity" });
        Assert.Contains("kind", (await again.ProblemFieldsAsync(HttpStatusCode.Conflict)).Keys);
        Assert.Equal(writes, await fixture.CountWritesAsync());
    }

    [Fact]
    public async Task A_compound_station_belongs_to_its_community()
    {
        var station = await (await fixture.PostAsync("/api/party/facilities", new { regionCode = "511621001012101", kind = "NewCompoundStation" }))
            .ReadAsync<FacilityResponse>(HttpStatusCode.Created);

        Assert.Equal(("511621001012101", "511621001012"), (station.RegionCode, station.CommunityCode));
    }

    [Theory]
    [InlineData("511621001011101", "FeaturedCommunity", "regionCode")]
    [InlineData("511621001011", "NewCompoundStation", "regionCode")]
    [InlineData("511621001099", "NewPartyServiceCentre", "regionCode")]
    [InlineData("511621001011", "Museum", "kind")]
    [InlineData(null, "FeaturedCommunity", "regionCode")]
    public async Task A_designation_of_the_wrong_region_or_kind_is_400_and_writes_nothing(string? regionCode, string kind, string field)
    {
        var (writes, facilities) = (await fixture.CountWritesAsync(), await CountAsync());

        var response = await fixture.PostAsync("/api/party/facilities", new { regionCode, kind });

        Assert.Contains(field, (await response.ProblemFieldsAsync(HttpStatusCode.BadRequest)).Keys);
        Assert.Equal((writes, facilities), (await fixture.CountWritesAsync(), await CountAsync()));
    }

    [Fact]
    public async Task A_designation_in_another_region_is_403_and_the_list_stays_in_reach()
    {
        var officer = await fixture.ClientForAsync("county-officer", "511622");
        await (await officer.PostAsJsonAsync("/api/party/facilities", new { regionCode = "511622001011", kind = "RenovatedCommunityCentre" }, Cancel))
            .ReadAsync<FacilityResponse>(HttpStatusCode.Created);
        var facilities = await CountAsync();

        var elsewhere = await officer.PostAsJsonAsync("/api/party/facilities", new { regionCode = "511623001011", kind = "RenovatedCommunityCentre" }, Cancel);
        var importElsewhere = await ImportAsync("regionCode,facility\n511623001011,FeaturedCommunity\n", officer);
        var listElsewhere = await officer.GetAsync("/api/party/facilities?region=511623", Cancel);
        var own = await (await officer.GetAsync("/api/party/facilities", Cancel)).ReadAsync<Page<FacilityResponse>>(HttpStatusCode.OK);

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden],
            [elsewhere.StatusCode, importElsewhere.StatusCode, listElsewhere.StatusCode]);
        Assert.Equal(facilities, await CountAsync());
        Assert.All(own.Items, f => Assert.StartsWith("511622", f.RegionCode));
        Assert.Contains(own.Items, f => f.RegionCode == "511622001011");
    }

    [Fact]
    public async Task An_import_is_all_or_nothing_and_a_rerun_skips_what_is_there()
    {
        const string csv = "regionCode,facility\n511681001011,NewPartyServiceCentre\n511681001011,FeaturedCommunity\n511681001011102,NewCompoundStation\n";
        var facilities = await CountAsync();
        var bad = await ImportAsync(csv + "511681001011,Museum\n511681001,FeaturedCommunity\n");
        var fields = await bad.ProblemFieldsAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["rows[4].facility", "rows[5].regionCode"], fields.Keys.Order());
        Assert.Equal(facilities, await CountAsync());

        var first = await (await ImportAsync(csv)).ReadAsync<FacilityImportResult>(HttpStatusCode.OK);
        var second = await (await ImportAsync(csv)).ReadAsync<FacilityImportResult>(HttpStatusCode.OK);
        var listed = await (await fixture.Client.GetAsync("/api/party/facilities?region=511681&kind=NewCompoundStation", Cancel))
            .ReadAsync<Page<FacilityResponse>>(HttpStatusCode.OK);

        Assert.Equal((new FacilityImportResult(3, 0), new FacilityImportResult(0, 3)), (first, second));
        Assert.Equal(facilities + 3, await CountAsync());
        Assert.Equal("511681001011102", Assert.Single(listed.Items).RegionCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Client.GetAsync("/api/party/facilities?region=511681001099", Cancel)).StatusCode);
    }
}
