using Platform.Testing;
using System.Net;
using System.Net.Http.Json;
using Platform.Incubation.Organisations;
using Platform.Incubation.Projects;
using Platform.Data;
using Platform.RegionReplica.Queries;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.Incubation.Tests;

public sealed class Seeing_only_what_is_in_reach(IncubationFixture fixture)
{
    private static readonly string[] Outputs = ["服务老人 1,200 人次", "结项报告"];
    private static readonly string[] MoreOutputs = ["再次"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_organisation_operator_reads_and_completes_projects_only_for_its_own_organisation()
    {
        var own = await fixture.Client.FiledAsync();
        var other = await fixture.Client.FiledAsync();
        var project = await (await fixture.Client.PostAsJsonAsync("/api/incubation/projects", new
        {
            organisationId = own.Id, kind = "GovernmentPurchase", title = "居家养老服务", budgetFen = 12_000_000L,
            startsOn = new DateOnly(2026, 1, 1), endsOn = new DateOnly(2026, 12, 31),
        }, Cancel)).ReadAsync<ProjectResponse>(HttpStatusCode.Created);
        var operatorClient = await fixture.ClientAsAsync(PlatformRoles.OrganisationOperator, IncubationFixture.Community, own.Id);

        Assert.Equal(HttpStatusCode.OK, (await operatorClient.GetAsync($"/api/incubation/organisations/{own.Id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await operatorClient.GetAsync($"/api/incubation/organisations/{other.Id}", Cancel)).StatusCode);
        var listed = await (await operatorClient.GetAsync($"/api/incubation/organisations?region={IncubationFixture.Community}&pageSize=200", Cancel))
            .ReadAsync<Page<OrganisationResponse>>(HttpStatusCode.OK);
        Assert.Equal(own.Id, Assert.Single(listed.Items).Id);
        Assert.Equal(HttpStatusCode.Forbidden, (await operatorClient.StepAsync(own.Id, "graduate")).StatusCode);

        var completed = await (await operatorClient.PostAsJsonAsync($"/api/incubation/projects/{project.Id}/complete",
            new { outputs = Outputs }, Cancel)).ReadAsync<ProjectResponse>(HttpStatusCode.OK);
        Assert.Equal(ProjectStatus.Completed, completed.Status);
        var again = await operatorClient.PostAsJsonAsync($"/api/incubation/projects/{project.Id}/complete", new { outputs = MoreOutputs }, Cancel);
        await again.ProblemAsync(HttpStatusCode.Conflict, "status");
        var history = await (await operatorClient.GetAsync($"/api/incubation/organisations/{own.Id}/projects", Cancel)).ReadAsync<Page<ProjectResponse>>(HttpStatusCode.OK);
        Assert.Equal(project.Id, Assert.Single(history.Items).Id);
    }

    [Fact]
    public async Task Staff_of_another_county_see_nothing_of_it_and_cannot_act_there()
    {
        var organisation = await fixture.Client.FiledAsync();
        var otherCounty = await fixture.ClientAsAsync(PlatformRoles.CountyOfficer, "511602");

        Assert.Equal(HttpStatusCode.NotFound, (await otherCounty.GetAsync($"/api/incubation/organisations/{organisation.Id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCounty.StepAsync(organisation.Id, "revoke", new { reason = "越权" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherCounty.GetAsync($"/api/incubation/organisations?region={IncubationFixture.County}", Cancel)).StatusCode);
        var before = await fixture.CountWritesAsync();
        var apply = await otherCounty.PostAsJsonAsync("/api/incubation/organisations",
            new { name = "越权申请", kind = "CommunitySocialOrganisation", communityCode = IncubationFixture.Community, contactName = "陈" }, Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, apply.StatusCode);
        Assert.Equal(before, await fixture.CountWritesAsync());
    }

    [Fact]
    public async Task Department_clients_and_auditors_read_but_never_write()
    {
        var organisation = await fixture.Client.FiledAsync();
        foreach (var role in new[] { PlatformRoles.DepartmentClient, PlatformRoles.Auditor })
        {
            var reader = await fixture.ClientAsAsync(role, TestIdentity.CityRegion);
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/api/incubation/organisations/{organisation.Id}", Cancel)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await reader.StepAsync(organisation.Id, "revoke", new { reason = "只读" })).StatusCode);
        }
    }
}
