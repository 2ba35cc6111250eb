using System.Net;
using Platform.PartyBuilding.Communities;
using Platform.PartyBuilding.GovernanceCentres;

namespace Platform.PartyBuilding.Tests.Governance;

public sealed class Governance_centres_and_legal_advisers(PartyFixture fixture)
{
    [Fact]
    public async Task A_county_and_a_street_open_one_centre_each()
    {
        var county = await (await fixture.PostAsync("/api/party/governance-centres", new { regionCode = "511602", name = "广安区综治中心", demonstration = false }))
            .ReadAsync<GovernanceCentreResponse>(HttpStatusCode.Created);
        var street = await (await fixture.PostAsync("/api/party/governance-centres", new { regionCode = "511602001", name = "示范中心(合成)", demonstration = true }))
            .ReadAsync<GovernanceCentreResponse>(HttpStatusCode.Created);

        Assert.Equal((Contracts.RegionLevel.County, Contracts.RegionLevel.Street), (county.Level, street.Level));
        var second = await fixture.PostAsync("/api/party/governance-centres", new { regionCode = "511602", name = "又一个", demonstration = false });
        Assert.Contains("regionCode", (await second.ProblemFieldsAsync(HttpStatusCode.Conflict)).Keys);
    }

    [Theory]
    [InlineData("511602001011", false, "regionCode")]
    [InlineData("511699", false, "regionCode")]
    [InlineData("511603", true, "demonstration")]
    public async Task A_centre_elsewhere_than_a_county_or_street_is_400(string regionCode, bool demonstration, string field)
    {
        var response = await fixture.PostAsync("/api/party/governance-centres", new { regionCode, name = "中心", demonstration });
        Assert.Contains(field, (await response.ProblemFieldsAsync(HttpStatusCode.BadRequest)).Keys);
    }

    [Fact]
    public async Task A_community_has_one_legal_adviser_whose_phone_is_masked_and_a_replacement_needs_the_version_read()
    {
        var first = await (await fixture.PutAsync("/api/party/communities/511602002011/legal-adviser", new { name = "王律师", lawFirm = "某律师事务所", phone = "13900001111" }))
            .ReadAsync<LegalAdviserResponse>(HttpStatusCode.OK);
        var unversioned = await fixture.PutAsync("/api/party/communities/511602002011/legal-adviser", new { name = "赵律师", lawFirm = "另一所" });
        var replaced = await (await fixture.PutAsync("/api/party/communities/511602002011/legal-adviser",
                new { name = "赵律师", lawFirm = "另一所", phone = "13900002222", version = first.Version }))
            .ReadAsync<LegalAdviserResponse>(HttpStatusCode.OK);
        var stale = await fixture.PutAsync("/api/party/communities/511602002011/legal-adviser", new { name = "钱律师", lawFirm = "第三所", version = first.Version });

        Assert.Equal((1, 2), (first.Version, replaced.Version));
        Assert.Contains("version", (await unversioned.ProblemFieldsAsync(HttpStatusCode.BadRequest)).Keys);
        Assert.Contains("version", (await stale.ProblemFieldsAsync(HttpStatusCode.Conflict)).Keys);
        var read = await (await fixture.Client.GetAsync("/api/party/communities/511602002011/legal-adviser", TestContext.Current.CancellationToken))
            .ReadAsync<LegalAdviserResponse>(HttpStatusCode.OK);

        Assert.Equal(("赵律师", "139****2222"), (read.Name, read.Phone));
        Assert.Equal(replaced with { AppointedAt = read.AppointedAt }, read);
        var notCommunity = await fixture.PutAsync("/api/party/communities/511602002/legal-adviser", new { name = "x", lawFirm = "y" });
        Assert.Contains("code", (await notCommunity.ProblemFieldsAsync(HttpStatusCode.BadRequest)).Keys);
    }
}
