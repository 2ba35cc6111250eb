using System.Net;
using Platform.Contracts.PartyBuilding;
using Platform.PartyBuilding.Compounds;

namespace Platform.PartyBuilding.Tests.Compounds;

public sealed class Changing_a_compound_profile(PartyFixture fixture)
{
    [Fact]
    public async Task A_change_publishes_the_whole_profile_and_a_stale_version_is_409()
    {
        const string code = "511623002012102";
        var current = await (await fixture.Client.GetAsync($"/api/party/compounds/{code}", TestContext.Current.CancellationToken))
            .ReadAsync<CompoundResponse>(HttpStatusCode.OK);

        var changed = await (await fixture.PutAsync($"/api/party/compounds/{code}",
                new { category = "Resettlement", pilot = true, propertyCompany = "新物业(合成)", committee = "PropertyManagementCommittee", version = current.Version }))
            .ReadAsync<CompoundResponse>(HttpStatusCode.OK);
        var stale = await fixture.PutAsync($"/api/party/compounds/{code}", new { category = "Mixed", pilot = false, version = current.Version });

        Assert.Equal((CompoundCategory.Resettlement, true, current.Version + 1), (changed.Category, changed.Pilot, changed.Version));
        Assert.Contains("version", (await stale.ProblemFieldsAsync(HttpStatusCode.Conflict)).Keys);
        var events = await fixture.EventsAsync<CompoundChanged>(e => e.Code == code);
        Assert.Equal(("Resettlement", "PropertyManagementCommittee", 2), (events[^1].Category, events[^1].Committee, events[^1].Version));
    }

    [Theory]
    [InlineData("511623002012101", """{"category":"Castle","pilot":false,"version":1}""", "category")]
    [InlineData("511623002012101", """{"pilot":false,"version":1}""", "category")]
    [InlineData("511623002012", """{"category":"Mixed","pilot":false}""", "code")]
    public async Task A_bad_category_or_a_region_that_is_not_a_compound_is_400(string code, string body, string field)
    {
        var before = await fixture.CountWritesAsync();
        var response = await fixture.Client.PutAsync($"/api/party/compounds/{code}",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Contains(field, (await response.ProblemFieldsAsync(HttpStatusCode.BadRequest)).Keys);
        Assert.Equal(before, await fixture.CountWritesAsync());
    }
}
