using System.Net;
using Platform.Contracts.PartyBuilding;
using Platform.PartyBuilding.Organisations;

namespace Platform.PartyBuilding.Tests.Organisations;

public sealed class Importing_party_organisations(PartyFixture fixture)
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static object Row(Guid id, string kind, string regionCode, Guid? parentId = null) =>
        new { id, name = $"{kind} {regionCode}（导入）", kind, regionCode, parentId, secretary = "李书记", foundedOn = "2022-07-01" };

    [Fact]
    public async Task A_committee_and_its_branches_arrive_together_keep_their_ids_and_a_second_import_skips_them()
    {
        var (committee, grid, compound) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        // The branches come first: a parent may be a later row.
        object[] rows = [Row(grid, "GridBranch", "511622002011001", committee), Row(compound, "CompoundBranch", "511622002011101", committee),
            Row(committee, "CommunityPartyCommittee", "511622002011")];

        var first = await (await fixture.PostAsync("/api/party/organisations/import", rows)).ReadAsync<OrganisationImportResult>(HttpStatusCode.OK);
        var before = await fixture.CountWritesAsync();
        var second = await (await fixture.PostAsync("/api/party/organisations/import", rows)).ReadAsync<OrganisationImportResult>(HttpStatusCode.OK);

        Assert.Equal((3, 0), (first.Imported, first.Skipped));
        Assert.Equal((0, 3), (second.Imported, second.Skipped));
        Assert.Equal(before, await fixture.CountWritesAsync());
        var branch = await (await fixture.Client.GetAsync($"/api/party/organisations/{grid}", Cancel)).ReadAsync<OrganisationResponse>(HttpStatusCode.OK);
        Assert.Equal(committee, branch.ParentId);
        Assert.Single(await fixture.EventsAsync<PartyOrganisationEstablished>(e => e.OrganisationId == compound));
    }

    [Fact]
    public async Task One_bad_row_is_400_naming_its_row_and_field_and_writes_nothing()
    {
        var committee = Guid.CreateVersion7();
        object[] rows = [Row(committee, "CommunityPartyCommittee", "511622002012"), Row(Guid.CreateVersion7(), "GridBranch", "511622002012", committee),
            Row(Guid.CreateVersion7(), "GridBranch", "511622002012001", Guid.CreateVersion7())];
        var before = await fixture.CountWritesAsync();

        var errors = await (await fixture.PostAsync("/api/party/organisations/import", rows)).ProblemFieldsAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["rows[2].regionCode", "rows[3].parentId"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(before, await fixture.CountWritesAsync());
    }
}
