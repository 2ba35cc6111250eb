using System.Net;
using System.Net.Http.Json;
using Platform.Contracts.PartyBuilding;
using Platform.Incubation.Centres;
using Platform.Incubation.Organisations;
using Platform.Incubation.Projects;
using Platform.Testing;

namespace Platform.Incubation.Tests;

public sealed class Running_centres_and_projects(IncubationFixture fixture)
{
    private static readonly string[] NoOutputs = [];
    private static readonly string[] SomeOutputs = ["x"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task A_centre_sits_at_a_city_or_county_of_its_level_and_shows_who_is_in_incubation_there()
    {
        var before = await fixture.CountWritesAsync();
        await (await fixture.Client.PostAsJsonAsync("/api/incubation/centres", new { name = "错位中心", level = "City", regionCode = IncubationFixture.County, areaSquareMetres = 2700 }, Cancel))
            .ProblemAsync(HttpStatusCode.BadRequest, "regionCode");
        await (await fixture.Client.PostAsJsonAsync("/api/incubation/centres", new { name = "无面积中心", level = "County", regionCode = IncubationFixture.County, areaSquareMetres = 0 }, Cancel))
            .ProblemAsync(HttpStatusCode.BadRequest, "areaSquareMetres");
        Assert.Equal(before, await fixture.CountWritesAsync());

        var city = await fixture.Client.EstablishCentreAsync("City", "511600");
        var filed = await fixture.Client.FiledAsync();
        await (await fixture.Client.StepAsync(filed.Id, "incubate", new { centreId = city.Id })).ReadAsync<OrganisationResponse>(HttpStatusCode.OK);

        var detail = await (await fixture.Gateway.GetAsync($"/api/incubation/centres/{city.Id}", Cancel)).ReadAsync<CentreDetailResponse>(HttpStatusCode.OK);
        Assert.Equal(filed.Id, Assert.Single(detail.Incubating).Id);
        Assert.Contains((await fixture.Client.GetFromJsonAsync<Platform.Data.Page<CentreResponse>>("/api/incubation/centres", Json.Options, Cancel))!.Items, c => c.Id == city.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Client.GetAsync($"/api/incubation/centres/{Guid.NewGuid()}", Cancel)).StatusCode);
    }

    [Fact]
    public async Task Completing_a_project_needs_its_outputs()
    {
        var filed = await fixture.Client.FiledAsync();
        var project = await (await fixture.Client.PostAsJsonAsync("/api/incubation/projects", new
        {
            organisationId = filed.Id, kind = "PublicBenefitVenture", title = "公益创投·四点半课堂", budgetFen = 0L, startsOn = Today, endsOn = Today,
        }, Cancel)).ReadAsync<ProjectResponse>(HttpStatusCode.Created);

        await (await fixture.Client.PostAsJsonAsync($"/api/incubation/projects/{project.Id}/complete", new { outputs = NoOutputs }, Cancel))
            .ProblemAsync(HttpStatusCode.BadRequest, "outputs");
        Assert.Equal(HttpStatusCode.NotFound,
            (await fixture.Client.PostAsJsonAsync($"/api/incubation/projects/{Guid.NewGuid()}/complete", new { outputs = SomeOutputs }, Cancel)).StatusCode);
    }

    [Fact]
    public async Task A_party_organisation_dissolved_before_its_establishment_arrived_stays_dissolved()
    {
        var branch = Guid.CreateVersion7();
        var now = DateTimeOffset.UtcNow;
        await fixture.PublishAsync(new PartyOrganisationDissolved(branch, "GridBranch", IncubationFixture.Community + "003", now));
        await Eventually.UntilAsync(() => fixture.InDbAsync(async db => await db.PartyOrganisations.FindAsync([branch], Cancel) is not null),
            TimeSpan.FromSeconds(30), "the dissolution", Cancel);
        await fixture.PublishAsync(new PartyOrganisationEstablished(branch, "迟到的党支部", "GridBranch", IncubationFixture.Community + "003", null, "钱书记", Today, now));
        await Eventually.UntilAsync(() => fixture.InDbAsync(async db => (await db.PartyOrganisations.FindAsync([branch], Cancel))!.Name == "迟到的党支部"),
            TimeSpan.FromSeconds(30), "the establishment", Cancel);

        var filed = await fixture.Client.FiledAsync();
        await (await fixture.Client.PostAsJsonAsync("/api/incubation/projects", new
        {
            organisationId = filed.Id, kind = "RedPairing", title = "红色联姻", budgetFen = 100L, startsOn = Today, endsOn = Today, partyOrganisationId = branch,
        }, Cancel)).ProblemAsync(HttpStatusCode.BadRequest, "partyOrganisationId");
    }
}
