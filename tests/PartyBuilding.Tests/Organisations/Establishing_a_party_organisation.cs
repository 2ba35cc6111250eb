using System.Net;
using Platform.Contracts.PartyBuilding;
using Platform.PartyBuilding.Organisations;

namespace Platform.PartyBuilding.Tests.Organisations;

public sealed class Establishing_a_party_organisation(PartyFixture fixture)
{
    private static object Organisation(string kind, string regionCode, Guid? parentId = null) =>
        new { name = $"{kind} {regionCode}", kind, regionCode, parentId, secretary = "张书记", foundedOn = "2021-07-01" };

    private async Task<OrganisationResponse> EstablishAsync(string kind, string regionCode, Guid? parentId = null) =>
        await (await fixture.PostAsync("/api/party/organisations", Organisation(kind, regionCode, parentId)))
            .ReadAsync<OrganisationResponse>(HttpStatusCode.Created);

    [Fact]
    public async Task A_grid_branch_sits_under_its_communitys_committee_and_is_published()
    {
        var committee = await EstablishAsync("CommunityPartyCommittee", "511603002011");
        var branch = await EstablishAsync("GridBranch", "511603002011001", committee.Id);

        Assert.Equal(committee.Id, branch.ParentId);
        var established = Assert.Single(await fixture.EventsAsync<PartyOrganisationEstablished>(e => e.OrganisationId == branch.Id));
        Assert.Equal(("GridBranch", "511603002011001", committee.Id), (established.Kind, established.RegionCode, established.ParentId));
    }

    [Fact]
    public async Task A_branch_under_the_wrong_kind_or_place_is_400_naming_the_field_and_writes_nothing()
    {
        var county = await EstablishAsync("PropertyIndustryCommittee", "511623");
        var committee = await EstablishAsync("CommunityPartyCommittee", "511623002011");
        var before = await fixture.CountWritesAsync();

        var cases = new (object Body, string Field)[]
        {
            (Organisation("GridBranch", "511623002011001", county.Id), "parentId"),
            (Organisation("GridBranch", "511623002011", committee.Id), "regionCode"),
            (Organisation("GridBranch", "511623002012001", committee.Id), "parentId"),
            (Organisation("GridBranch", "511623002011001"), "parentId"),
            (Organisation("CommunityPartyCommittee", "511623002012", committee.Id), "parentId"),
            (Organisation("PropertyCompanyBranch", "511602001011101", county.Id), "parentId"),
            (Organisation("Cell", "511623002011"), "kind"),
        };
        foreach (var (body, field) in cases)
        {
            var errors = await (await fixture.PostAsync("/api/party/organisations", body)).ProblemFieldsAsync(HttpStatusCode.BadRequest);
            Assert.Contains(field, errors.Keys);
        }

        Assert.Equal(before, await fixture.CountWritesAsync());
    }

    [Fact]
    public async Task A_second_committee_for_a_community_or_county_is_409_and_dissolving_a_parent_with_branches_is_409()
    {
        var committee = await EstablishAsync("CommunityPartyCommittee", "511603002012");
        var county = await EstablishAsync("PropertyIndustryCommittee", "511603");
        var propertyBranch = await EstablishAsync("PropertyCompanyBranch", "511603002012101", county.Id);
        var before = await fixture.CountWritesAsync();

        var secondCommittee = await fixture.PostAsync("/api/party/organisations", Organisation("CommunityPartyCommittee", "511603002012"));
        var secondCounty = await fixture.PostAsync("/api/party/organisations", Organisation("PropertyIndustryCommittee", "511603"));
        var dissolveParent = await fixture.PostAsync($"/api/party/organisations/{county.Id}/dissolution", new { });

        Assert.Contains("regionCode", (await secondCommittee.ProblemFieldsAsync(HttpStatusCode.Conflict)).Keys);
        Assert.Contains("regionCode", (await secondCounty.ProblemFieldsAsync(HttpStatusCode.Conflict)).Keys);
        await dissolveParent.ProblemFieldsAsync(HttpStatusCode.Conflict);
        Assert.Equal(before, await fixture.CountWritesAsync());

        var stale = await fixture.PostAsync($"/api/party/organisations/{propertyBranch.Id}/dissolution", new { version = propertyBranch.Version + 1 });
        Assert.Contains("version", (await stale.ProblemFieldsAsync(HttpStatusCode.Conflict)).Keys);
        Assert.Equal(before, await fixture.CountWritesAsync());
        var dissolved = await (await fixture.PostAsync($"/api/party/organisations/{propertyBranch.Id}/dissolution", new { version = propertyBranch.Version }))
            .ReadAsync<OrganisationResponse>(HttpStatusCode.OK);
        Assert.True(dissolved.Dissolved);
        Assert.Equal((1, 2), (propertyBranch.Version, dissolved.Version));
        Assert.Single(await fixture.EventsAsync<PartyOrganisationDissolved>(e => e.OrganisationId == propertyBranch.Id));
        Assert.NotNull(committee);
    }
}
