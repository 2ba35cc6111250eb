using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Testing;

namespace Platform.EndToEnd.Tests.Regions;

public sealed class Importing_a_hierarchy_through_the_gateway(PlatformFixture platform)
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task One_import_builds_a_street_that_reads_back_with_its_counts_and_reaches_the_replicas()
    {
        await RegionTree.NewStreetAsync(platform.Gateway, Cancel); // makes sure the city exists
        var county = "511621";
        var street = $"{county}{Random.Shared.Next(100, 999):D3}";
        object[] rows =
        [
            new { code = county, name = "岳池县", level = "County", parentCode = "511600" },
            new { code = street, name = "合成街道", level = "Street", parentCode = county },
            new { code = street + "001", name = "合成社区一", level = "Community", parentCode = street },
            new { code = street + "002", name = "合成社区二", level = "Community", parentCode = street },
            new { code = street + "001001", name = "第一网格", level = "Grid", parentCode = street + "001" },
            new { code = street + "001501", name = "幸福小区", level = "Compound", parentCode = street + "001", category = "OldCompound", pilot = true },
            new { code = street + "002501", name = "安居小区", level = "Compound", parentCode = street + "002", category = "Resettlement" },
        ];
        // The county may exist already from an earlier run of this test against the same platform: import below it then.
        var existing = await platform.Gateway.GetAsync($"/api/party/regions/{county}", Cancel);
        var import = existing.StatusCode == HttpStatusCode.OK ? rows[1..] : rows;

        var response = await platform.Gateway.PostAsJsonAsync("/api/party/regions/import", import, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var subtree = JsonDocument.Parse(await platform.Gateway.GetStringAsync($"/api/party/regions/{street}/subtree", Cancel)).RootElement;
        Assert.Equal(2, subtree.GetProperty("regions").GetProperty("Community").GetInt32());
        Assert.Equal(1, subtree.GetProperty("regions").GetProperty("Grid").GetInt32());
        Assert.Equal(1, subtree.GetProperty("compoundsByCategory").GetProperty("OldCompound").GetInt32());
        Assert.Equal(1, subtree.GetProperty("pilotCompounds").GetInt32());

        await Eventually.UntilAsync(
            async () => (await platform.Gateway.GetAsync($"/api/reporting/replica/regions/{street}002501", Cancel)).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(60), "the last imported compound to reach Reporting's replica", Cancel);
    }
}
