using System.Net;
using System.Net.Http.Json;
using Platform.Contracts;
using Platform.Contracts.PartyBuilding;
using Platform.PartyBuilding.Regions;

namespace Platform.PartyBuilding.Tests.Regions;

public sealed class Changing_a_region(PartyFixture fixture)
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_rename_publishes_the_whole_state_with_the_next_version_and_a_stale_version_is_409()
    {
        await fixture.PostAsync("/api/party/regions", new { code = "511602002021", name = "旧名", level = "Community", parentCode = "511602002" });

        var renamed = await (await fixture.PutAsync("/api/party/regions/511602002021/name", new { name = "新名", version = 1 }))
            .ReadAsync<RegionResponse>(HttpStatusCode.OK);
        var stale = await fixture.PutAsync("/api/party/regions/511602002021/name", new { name = "再改", version = 1 });

        Assert.Equal(("新名", 2), (renamed.Name, renamed.Version));
        await stale.ProblemFieldsAsync(HttpStatusCode.Conflict);
        var changed = Assert.Single(await fixture.EventsAsync<RegionChanged>(e => e.Code == "511602002021"));
        Assert.Equal(new RegionChanged("511602002021", "新名", RegionLevel.Community, "511602002", 2, changed.OccurredAt), changed);
    }

    [Fact]
    public async Task A_grid_moved_to_another_community_keeps_its_code_and_counts_in_its_new_subtree()
    {
        var moved = await (await fixture.PutAsync("/api/party/regions/511602001011002/parent", new { parentCode = "511602001012", version = 1 }))
            .ReadAsync<RegionResponse>(HttpStatusCode.OK);

        Assert.Equal(("511602001011002", "511602001012", "511602001012002", 2), (moved.Code, moved.ParentCode, moved.Path, moved.Version));
        var target = await (await fixture.Client.GetAsync("/api/party/regions/511602001012/subtree", Cancel)).ReadAsync<SubtreeResponse>(HttpStatusCode.OK);
        var source = await (await fixture.Client.GetAsync("/api/party/regions/511602001011/subtree", Cancel)).ReadAsync<SubtreeResponse>(HttpStatusCode.OK);
        Assert.Equal(3, target.Regions[RegionLevel.Grid]);
        Assert.Equal(1, source.Regions[RegionLevel.Grid]);
        Assert.Equal("511602001012", Assert.Single(await fixture.EventsAsync<RegionChanged>(e => e.Code == "511602001011002")).ParentCode);
    }

    [Theory]
    [InlineData("511602002011101", "511602002012", "code")]
    [InlineData("511602002011001", "511602002011", "parentCode")]
    [InlineData("511602002011001", "511602002999", "parentCode")]
    public async Task Only_a_grid_moves_and_only_to_another_live_community(string code, string parentCode, string field)
    {
        var before = await fixture.CountWritesAsync();

        var errors = await (await fixture.PutAsync($"/api/party/regions/{code}/parent", new { parentCode, version = 1 }))
            .ProblemFieldsAsync(HttpStatusCode.BadRequest);

        Assert.Contains(field, errors.Keys);
        Assert.Equal(before, await fixture.CountWritesAsync());
    }

    [Fact]
    public async Task A_retired_region_stays_readable_and_a_parent_with_live_children_cannot_retire()
    {
        var busy = await fixture.Client.PostAsJsonAsync("/api/party/regions/511623001011/retirement", new { version = 1 }, Cancel);
        var retired = await (await fixture.PostAsync("/api/party/regions/511623001011001/retirement", new { version = 1 }))
            .ReadAsync<RegionResponse>(HttpStatusCode.OK);
        var again = await fixture.PostAsync("/api/party/regions/511623001011001/retirement", new { version = 2 });

        await busy.ProblemFieldsAsync(HttpStatusCode.Conflict);
        Assert.True(retired.Retired);
        await again.ProblemFieldsAsync(HttpStatusCode.Conflict);
        var read = await (await fixture.Client.GetAsync("/api/party/regions/511623001011001", Cancel)).ReadAsync<RegionResponse>(HttpStatusCode.OK);
        Assert.Equal((true, 2), (read.Retired, read.Version));
        Assert.Equal(2, Assert.Single(await fixture.EventsAsync<RegionRetired>(e => e.Code == "511623001011001")).Version);
    }

    [Fact]
    public async Task Lists_are_paged_and_filtered_by_subtree_and_level()
    {
        var page = await (await fixture.Client.GetAsync("/api/party/regions?region=511681&level=Grid&pageSize=3&page=2", Cancel))
            .ReadAsync<Platform.Data.Page<RegionResponse>>(HttpStatusCode.OK);

        Assert.Equal((8, 3, 2), (page.Total, page.Items.Count, page.PageNumber));
        Assert.All(page.Items, r => Assert.StartsWith("511681", r.Code, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, (await fixture.Client.GetAsync("/api/party/regions?pageSize=0", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Client.GetAsync("/api/party/regions?region=511699", Cancel)).StatusCode);
    }
}
