using System.Net;
using System.Net.Http.Json;
using System.Text;
using Platform.PartyBuilding.Compounds;
using Platform.PartyBuilding.DualReports;
using Platform.PartyBuilding.Members;
using Platform.PartyBuilding.Organisations;
using Platform.PartyBuilding.Regions;
using Platform.PersonalData;
using Platform.Data;
using Platform.RegionReplica.Queries;

namespace Platform.PartyBuilding.Tests;

/// <summary>
/// Every operation checks the caller's region before any rule and any write (docs/api.md, section 1): a region the
/// request names out of reach is a 403 naming the field, a record addressed in the path out of reach a 404. Each case is
/// tried by a caller of a sibling region at the target's level and by one a level below it, and writes nothing.
/// The targets live in 华蓥市 (511681): streets 511681001 and 511681002, communities …011 and …012 under each. Its
/// regions stay as imported (a grid only moves within it), since another test counts them.
/// </summary>
public sealed class Reaching_only_the_callers_region(PartyFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public sealed record Case(string Role, string Region, string Method, string Path, string? Body, HttpStatusCode Status, string? Field)
    {
        public override string ToString() => $"{Role} of {Region}: {Method} {Path} → {(int)Status} {Field}";
    }

    private static Case Refused(string role, string region, string method, string path, object? body, HttpStatusCode status, string? field = null) =>
        new(role, region, method, path, body is null ? null : System.Text.Json.JsonSerializer.Serialize(body, PartyFixture.Requests), status, field);

    public static TheoryData<Case> OutOfReach => new()
    {
        // The two known holes: a sibling community renamed, and the city renamed by a street officer who cannot read it.
        Refused("community-worker", "511681001011", "PUT", "/api/party/regions/511681001012/name", new { name = "永前社区", version = 1 }, HttpStatusCode.NotFound),
        Refused("street-officer", "511681001", "PUT", "/api/party/regions/511600/name", new { name = "改名", version = 1 }, HttpStatusCode.NotFound),
        Refused("street-officer", "511681001", "PUT", "/api/party/regions/511681002/name", new { name = "改名", version = 1 }, HttpStatusCode.NotFound),
        Refused("community-worker", "511681002011", "PUT", "/api/party/regions/511681002/name", new { name = "改名", version = 1 }, HttpStatusCode.NotFound),

        // Registering needs the parent in reach: not a sibling county's, and not the county from one of its streets.
        Refused("county-officer", "511602", "POST", "/api/party/regions", new { code = "511681009", name = "新街道", level = "Street", parentCode = "511681" }, HttpStatusCode.Forbidden, "parentCode"),
        Refused("street-officer", "511681001", "POST", "/api/party/regions", new { code = "511681009", name = "新街道", level = "Street", parentCode = "511681" }, HttpStatusCode.Forbidden, "parentCode"),
        Refused("county-officer", "511681", "POST", "/api/party/regions", new { code = "511682", name = "新县", level = "County", parentCode = "511600" }, HttpStatusCode.Forbidden, "parentCode"),
        Refused("county-officer", "511681", "POST", "/api/party/regions", new { code = "511700", name = "另一市", level = "City" }, HttpStatusCode.Forbidden, "code"),
        Refused("street-officer", "511681001", "POST", "/api/party/regions/import",
            new[] { new { code = "511681002031", name = "新社区", level = "Community", parentCode = "511681002" } }, HttpStatusCode.Forbidden, "rows[1].parentCode"),
        Refused("community-worker", "511681002011", "POST", "/api/party/regions/import",
            new[] { new { code = "511681002031", name = "新社区", level = "Community", parentCode = "511681002" } }, HttpStatusCode.Forbidden, "rows[1].parentCode"),

        // A move needs both ends: the grid where it is (404) and the community it goes to (403).
        Refused("community-worker", "511681001012", "PUT", "/api/party/regions/511681001011001/parent", new { parentCode = "511681001012", version = 1 }, HttpStatusCode.NotFound),
        Refused("community-worker", "511681001011", "PUT", "/api/party/regions/511681001011001/parent", new { parentCode = "511681001012", version = 1 }, HttpStatusCode.Forbidden, "parentCode"),
        Refused("community-worker", "511681001011001", "PUT", "/api/party/regions/511681001011002/parent", new { parentCode = "511681001012", version = 1 }, HttpStatusCode.NotFound),

        Refused("community-worker", "511681002011", "POST", "/api/party/regions/511681002012002/retirement", new { version = 1 }, HttpStatusCode.NotFound),
        Refused("community-worker", "511681002012001", "POST", "/api/party/regions/511681002012002/retirement", new { version = 1 }, HttpStatusCode.NotFound),
        Refused("street-officer", "511681001", "GET", "/api/party/regions/511600/subtree", null, HttpStatusCode.NotFound),
        Refused("community-worker", "511681002011", "GET", "/api/party/regions/511681002/subtree", null, HttpStatusCode.NotFound),

        Refused("community-worker", "511681002011", "PUT", "/api/party/compounds/511681002012101", new { category = "Mixed", pilot = true, version = 1 }, HttpStatusCode.NotFound),
        Refused("community-worker", "511681002012001", "PUT", "/api/party/compounds/511681002012101", new { category = "Mixed", pilot = true, version = 1 }, HttpStatusCode.NotFound),
        Refused("community-worker", "511681002011", "GET", "/api/party/compounds/511681002012101", null, HttpStatusCode.NotFound),

        Refused("community-worker", "511681002011", "POST", "/api/party/organisations",
            new { name = "党委", kind = "CommunityPartyCommittee", regionCode = "511681002012", secretary = "张书记", foundedOn = "2021-07-01" }, HttpStatusCode.Forbidden, "regionCode"),
        Refused("community-worker", "511681002012001", "POST", "/api/party/organisations",
            new { name = "党委", kind = "CommunityPartyCommittee", regionCode = "511681002012", secretary = "张书记", foundedOn = "2021-07-01" }, HttpStatusCode.Forbidden, "regionCode"),
        Refused("street-officer", "511681001", "POST", "/api/party/organisations/import",
            new[] { new { name = "党委", kind = "CommunityPartyCommittee", regionCode = "511681002012", secretary = "张书记", foundedOn = "2021-07-01" } },
            HttpStatusCode.Forbidden, "rows[1].regionCode"),

        Refused("county-officer", "511602", "POST", "/api/party/governance-centres", new { regionCode = "511681", name = "综治中心" }, HttpStatusCode.Forbidden, "regionCode"),
        Refused("street-officer", "511681001", "POST", "/api/party/governance-centres", new { regionCode = "511681", name = "综治中心" }, HttpStatusCode.Forbidden, "regionCode"),
        Refused("community-worker", "511681002011", "PUT", "/api/party/communities/511681002012/legal-adviser", new { name = "王律师", lawFirm = "某所" }, HttpStatusCode.NotFound),
        Refused("community-worker", "511681002012001", "PUT", "/api/party/communities/511681002012/legal-adviser", new { name = "王律师", lawFirm = "某所" }, HttpStatusCode.NotFound),
        Refused("community-worker", "511681002011", "GET", "/api/party/communities/511681002012/legal-adviser", null, HttpStatusCode.NotFound),

        Refused("community-worker", "511681002011", "POST", "/api/party/facilities", new { regionCode = "511681002012", kind = "FeaturedCommunity" }, HttpStatusCode.Forbidden, "regionCode"),
        Refused("community-worker", "511681002012001", "POST", "/api/party/facilities", new { regionCode = "511681002012", kind = "FeaturedCommunity" }, HttpStatusCode.Forbidden, "regionCode"),

        // Lists: a region out of reach is a 403 naming region, whether a sibling's or the caller's parent.
        Refused("street-officer", "511681001", "GET", "/api/party/regions?region=511681002", null, HttpStatusCode.Forbidden, "region"),
        Refused("street-officer", "511681001", "GET", "/api/party/regions?region=511681", null, HttpStatusCode.Forbidden, "region"),
        Refused("community-worker", "511681002011", "GET", "/api/party/organisations?region=511681002012", null, HttpStatusCode.Forbidden, "region"),
        Refused("community-worker", "511681002011", "GET", "/api/party/members?region=511681002", null, HttpStatusCode.Forbidden, "region"),
        Refused("community-worker", "511681002011", "GET", "/api/party/dual-reports?region=511681002012", null, HttpStatusCode.Forbidden, "region"),
        Refused("street-officer", "511681001", "GET", "/api/party/governance-centres?region=511681", null, HttpStatusCode.Forbidden, "region"),
        Refused("street-officer", "511681001", "GET", "/api/party/facilities?region=511681002", null, HttpStatusCode.Forbidden, "region"),
        Refused("community-worker", "511681002011", "GET", "/api/party/compounds?region=511681002012", null, HttpStatusCode.Forbidden, "region"),
    };

    [Theory]
    [MemberData(nameof(OutOfReach))]
    public async Task A_request_out_of_the_callers_reach_is_refused_and_writes_nothing(Case refused)
    {
        var caller = await fixture.ClientForAsync(refused.Role, refused.Region);
        var before = await fixture.CountWritesAsync();

        using var request = new HttpRequestMessage(new HttpMethod(refused.Method), refused.Path);
        if (refused.Body is not null)
        {
            request.Content = new StringContent(refused.Body, Encoding.UTF8, "application/json");
        }

        var response = await caller.SendAsync(request, Cancel);

        if (refused.Field is null)
        {
            Assert.True(response.StatusCode == refused.Status, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync(Cancel)}");
        }
        else
        {
            Assert.Contains(refused.Field, (await response.ProblemFieldsAsync(refused.Status)).Keys);
        }

        Assert.Equal(before, await fixture.CountWritesAsync());
    }

    [Fact]
    public async Task Records_addressed_by_id_out_of_reach_are_unknown_to_siblings_and_to_callers_below()
    {
        var committee = await (await fixture.PostAsync("/api/party/organisations",
                new { name = "华蓥社区党委(合成)", kind = "CommunityPartyCommittee", regionCode = "511681002012", secretary = "张书记", foundedOn = "2021-07-01" }))
            .ReadAsync<OrganisationResponse>(HttpStatusCode.Created);
        var first17 = "51168119900101" + Random.Shared.Next(100, 999);
        var member = await (await fixture.PostAsync("/api/party/members",
                new { name = "钱党员", residentIdNumber = first17 + ResidentIdNumber.CheckCharacter(first17), organisationId = committee.Id }))
            .ReadAsync<MemberResponse>(HttpStatusCode.Created);
        var report = await (await fixture.PostAsync($"/api/party/members/{member.Id}/reports", new { communityCode = "511681002012" }))
            .ReadAsync<DualReportResponse>(HttpStatusCode.Created);

        foreach (var region in new[] { "511681002011", "511681002012001" })
        {
            var caller = await fixture.ClientForAsync("community-worker", region);
            var before = await fixture.CountWritesAsync();

            var answers = new[]
            {
                await caller.GetAsync($"/api/party/organisations/{committee.Id}", Cancel),
                await caller.PostAsJsonAsync($"/api/party/organisations/{committee.Id}/dissolution", new { }, Cancel),
                await caller.GetAsync($"/api/party/members/{member.Id}", Cancel),
                await caller.PostAsJsonAsync($"/api/party/dual-reports/{report.Id}/withdrawal", new { }, Cancel),
            };

            Assert.All(answers, a => Assert.Equal(HttpStatusCode.NotFound, a.StatusCode));
            // The member the path addresses is out of reach too: that answer (404) comes before the community's (403).
            var elsewhere = await caller.PostAsJsonAsync($"/api/party/members/{member.Id}/reports", new { communityCode = "511681002012" }, Cancel);
            Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
            var joining = await caller.PostAsJsonAsync("/api/party/members",
                new { name = "孙党员", residentIdNumber = "11010519491231002X", organisationId = committee.Id }, Cancel);
            Assert.Contains("organisationId", (await joining.ProblemFieldsAsync(HttpStatusCode.BadRequest)).Keys);
            Assert.Equal(before, await fixture.CountWritesAsync());
        }

        var sibling = await fixture.ClientForAsync("community-worker", "511681002011");
        var reportHere = await sibling.PostAsJsonAsync($"/api/party/organisations/{committee.Id}/reports", new { communityCode = "511681002011" }, Cancel);
        Assert.Equal(HttpStatusCode.NotFound, reportHere.StatusCode);

        // The community's own worker reaches all of them.
        var own = await fixture.ClientForAsync("community-worker", "511681002012");
        Assert.Equal(HttpStatusCode.OK, (await own.GetAsync($"/api/party/organisations/{committee.Id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await own.GetAsync($"/api/party/members/{member.Id}", Cancel)).StatusCode);
        var reports = await (await own.GetAsync($"/api/party/dual-reports?memberId={member.Id}", Cancel)).ReadAsync<Page<DualReportResponse>>(HttpStatusCode.OK);
        Assert.Equal(report.Id, Assert.Single(reports.Items).Id);
    }

    [Fact]
    public async Task A_county_officer_registers_below_their_county_and_a_community_worker_below_their_community()
    {
        var county = await fixture.ClientForAsync("county-officer", "511622");
        var worker = await fixture.ClientForAsync("community-worker", "511622001012");

        var street = await county.PostAsJsonAsync("/api/party/regions", new { code = "511622019", name = "新街道(合成)", level = "Street", parentCode = "511622" }, Cancel);
        var community = await county.PostAsJsonAsync("/api/party/regions/import",
            new[] { new { code = "511622019011", name = "新社区(合成)", level = "Community", parentCode = "511622019" } }, Cancel);
        var grid = await worker.PostAsJsonAsync("/api/party/regions", new { code = "511622001012009", name = "新网格(合成)", level = "Grid", parentCode = "511622001012" }, Cancel);

        await street.ReadAsync<RegionResponse>(HttpStatusCode.Created);
        await community.ReadAsync<Platform.PartyBuilding.Regions.Import.ImportResult>(HttpStatusCode.OK);
        Assert.Equal("511622001012", (await grid.ReadAsync<RegionResponse>(HttpStatusCode.Created)).ParentCode);
    }

    [Fact]
    public async Task A_region_import_with_one_row_out_of_reach_names_that_row_and_writes_nothing()
    {
        var officer = await fixture.ClientForAsync("street-officer", "511681001");
        var before = await fixture.CountWritesAsync();

        var response = await officer.PostAsJsonAsync("/api/party/regions/import", new[]
        {
            new { code = "511681001031", name = "新社区(合成)", level = "Community", parentCode = "511681001" },
            new { code = "511681001031001", name = "新网格(合成)", level = "Grid", parentCode = "511681001031" },
            new { code = "511681002031", name = "邻街社区(合成)", level = "Community", parentCode = "511681002" },
        }, Cancel);

        Assert.Equal(["rows[3].parentCode"], (await response.ProblemFieldsAsync(HttpStatusCode.Forbidden)).Keys);
        Assert.Equal(before, await fixture.CountWritesAsync());
    }

    [Fact]
    public async Task A_grid_moved_away_belongs_to_its_new_community()
    {
        await (await fixture.PutAsync("/api/party/regions/511681002011002/parent", new { parentCode = "511681002012", version = 1 }))
            .ReadAsync<RegionResponse>(HttpStatusCode.OK);
        var oldCommunity = await fixture.ClientForAsync("community-worker", "511681002011");
        var newCommunity = await fixture.ClientForAsync("community-worker", "511681002012");

        Assert.Equal(HttpStatusCode.NotFound, (await oldCommunity.GetAsync("/api/party/regions/511681002011002", Cancel)).StatusCode);
        var renamed = await (await newCommunity.PutAsJsonAsync("/api/party/regions/511681002011002/name", new { name = "迁入网格(合成)", version = 2 }, Cancel))
            .ReadAsync<RegionResponse>(HttpStatusCode.OK);
        Assert.Equal(3, renamed.Version);
        var listed = await (await newCommunity.GetAsync("/api/party/regions?level=Grid", Cancel)).ReadAsync<Page<RegionResponse>>(HttpStatusCode.OK);
        Assert.Contains(listed.Items, r => r.Code == "511681002011002");
        var left = await (await oldCommunity.GetAsync("/api/party/regions?level=Grid", Cancel)).ReadAsync<Page<RegionResponse>>(HttpStatusCode.OK);
        Assert.DoesNotContain(left.Items, r => r.Code == "511681002011002");
    }

    [Fact]
    public async Task A_list_defaults_to_the_callers_region_and_names_a_bad_or_unknown_region()
    {
        var officer = await fixture.ClientForAsync("street-officer", "511681002");

        var own = await (await officer.GetAsync("/api/party/regions?pageSize=500", Cancel)).ReadAsync<Page<RegionResponse>>(HttpStatusCode.OK);
        var malformed = await officer.GetAsync("/api/party/regions?region=5116810", Cancel);
        var unknown = await officer.GetAsync("/api/party/regions?region=511681002099", Cancel);
        var tooLarge = await officer.GetAsync("/api/party/regions?pageSize=501", Cancel);

        Assert.Equal("511681002", own.Items[0].Code);
        Assert.All(own.Items, r => Assert.StartsWith("511681002", r.Path, StringComparison.Ordinal));
        Assert.Equal(50, (await (await officer.GetAsync("/api/party/organisations", Cancel)).ReadAsync<Page<OrganisationResponse>>(HttpStatusCode.OK)).PageSize);
        Assert.Contains("region", (await malformed.ProblemFieldsAsync(HttpStatusCode.BadRequest)).Keys);
        Assert.Contains("region", (await unknown.ProblemFieldsAsync(HttpStatusCode.NotFound)).Keys);
        Assert.Contains("pageSize", (await tooLarge.ProblemFieldsAsync(HttpStatusCode.BadRequest)).Keys);
        var compounds = await (await officer.GetAsync("/api/party/compounds", Cancel)).ReadAsync<Page<CompoundResponse>>(HttpStatusCode.OK);
        Assert.Equal(["511681002011101", "511681002011102", "511681002012101", "511681002012102"], compounds.Items.Select(c => c.Code));
    }
}
