using System.Net;
using System.Text;
using Platform.Contracts;
using Platform.PartyBuilding.Compounds;
using Platform.PartyBuilding.Regions;

namespace Platform.PartyBuilding.Tests.Regions;

public sealed class Importing_a_hierarchy(PartyFixture fixture)
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_Guangan_hierarchy_from_one_import_is_read_back_with_its_counts()
    {
        Assert.Equal(GuanganHierarchy.Rows().Count, fixture.SeedImport.Imported);
        Assert.Equal(6, fixture.SeedImport.ByLevel[RegionLevel.County]);
        Assert.Equal(48, fixture.SeedImport.Compounds);

        // 华蓥市's regions are left as imported by every other test (a grid moves within it, which changes no count).
        var huaying = await (await fixture.Client.GetAsync("/api/party/regions/511681/subtree", Cancel)).ReadAsync<SubtreeResponse>(HttpStatusCode.OK);
        Assert.Equal(new Dictionary<RegionLevel, int>
        {
            [RegionLevel.County] = 1, [RegionLevel.Street] = 2, [RegionLevel.Community] = 4, [RegionLevel.Grid] = 8, [RegionLevel.Compound] = 8,
        }, huaying.Regions);
        Assert.Equal(8, huaying.CompoundsByCategory.Values.Sum());
        Assert.Equal(6, huaying.CompoundsByCategory.Count);
        Assert.True(huaying.PilotCompounds > 0);
        Assert.True(huaying.Committees.ContainsKey(CompoundCommittee.OwnersCommittee));

        var city = await (await fixture.Client.GetAsync("/api/party/regions/511600/subtree", Cancel)).ReadAsync<SubtreeResponse>(HttpStatusCode.OK);
        Assert.Equal(6, city.Regions[RegionLevel.County]);
        Assert.True(city.Regions[RegionLevel.Compound] >= 48);
    }

    [Fact]
    public async Task A_csv_import_adds_a_street_with_its_communities_grids_and_compounds()
    {
        const string csv = """
            code,name,level,parentCode,category,pilot,propertyCompany,committee
            511621009,"九号街道(合成)",Street,511621,,,,
            511621009001,"一社区(合成)",Community,511621009,,,,
            511621009001001,"一网格(合成)",Grid,511621009001,,,,
            511621009001101,"老旧小区(合成)",Compound,511621009001,OldCompound,是,"某物业, 有限公司",OwnersCommittee
            """;

        var response = await fixture.Client.PostAsync("/api/party/regions/import", new StringContent(csv, Encoding.UTF8, "text/csv"), Cancel);

        var result = await response.ReadAsync<Platform.PartyBuilding.Regions.Import.ImportResult>(HttpStatusCode.OK);
        Assert.Equal(4, result.Imported);
        var street = await (await fixture.Client.GetAsync("/api/party/regions/511621009/subtree", Cancel)).ReadAsync<SubtreeResponse>(HttpStatusCode.OK);
        Assert.Equal(1, street.CompoundsByCategory[CompoundCategory.OldCompound]);
        Assert.Equal(1, street.PilotCompounds);
        var compound = await (await fixture.Client.GetAsync("/api/party/compounds/511621009001101", Cancel)).ReadAsync<CompoundResponse>(HttpStatusCode.OK);
        Assert.Equal("某物业, 有限公司", compound.PropertyCompany);
        Assert.Single(await fixture.EventsAsync<Contracts.PartyBuilding.RegionRegistered>(e => e.Code == "511621009001101"));
        Assert.Single(await fixture.EventsAsync<Contracts.PartyBuilding.CompoundChanged>(e => e.Code == "511621009001101"));
    }

    [Fact]
    public async Task Every_bad_row_is_reported_and_nothing_is_written()
    {
        var before = await fixture.CountWritesAsync();
        object[] rows =
        [
            new { code = "511622009", name = "好街道", level = "Street", parentCode = "511622" },
            new { code = "51162200901", name = "短代码", level = "Community", parentCode = "511622009" },
            new { code = "511623009001", name = "错前缀", level = "Community", parentCode = "511622009" },
            new { code = "511698001", name = "无上级", level = "Street", parentCode = "511698" },
            new { code = "511622", name = "重复", level = "County", parentCode = "511600" },
            new { code = "511622009001", name = "社区", level = "Community", parentCode = "511622009" },
            new { code = "511622009001", name = "又一次", level = "Community", parentCode = "511622009" },
            new { code = "511622009001101", name = "城堡", level = "Compound", parentCode = "511622009001", category = "Castle" },
            new { code = "511622009002", name = "社区", level = "Hamlet", parentCode = "511622009" },
        ];

        var errors = await (await fixture.PostAsync("/api/party/regions/import", rows)).ProblemFieldsAsync(HttpStatusCode.BadRequest);

        Assert.Equal(
            ["rows[2].code", "rows[3].code", "rows[4].parentCode", "rows[5].code", "rows[7].code", "rows[8].category", "rows[9].level"],
            errors.Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(before, await fixture.CountWritesAsync());
    }

    [Fact]
    public async Task A_malformed_row_is_a_problem_naming_its_place()
    {
        var response = await fixture.Client.PostAsync("/api/party/regions/import",
            new StringContent("""[{"code":"511622011","name":"x","level":"Street","parentCode":"511622","colour":"red"}]""",
                Encoding.UTF8, "application/json"), Cancel);

        var errors = await response.ProblemFieldsAsync(HttpStatusCode.BadRequest);
        Assert.Contains(errors.Keys, k => k.Contains("colour", StringComparison.Ordinal));
    }
}
