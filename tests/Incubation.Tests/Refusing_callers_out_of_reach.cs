using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Incubation.Centres;
using Platform.Incubation.Organisations;
using Platform.Incubation.Projects;
using Platform.Incubation.Rooms;
using Platform.Incubation.SocialWorkers;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Testing;

namespace Platform.Incubation.Tests;

/// <summary>
/// Every operation checks the caller's region before any rule and any write: a region the request names out of reach
/// is a 403 naming the field, a record addressed by id out of reach a 404. Two callers are refused for each target: staff
/// of a sibling region at the same level, and staff one level below the target.
/// </summary>
public sealed class Refusing_callers_out_of_reach(IncubationFixture fixture)
{
    private const string Grid = IncubationFixture.Community + "001";
    private static readonly string[] Outputs = ["越权结项"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Callers who cannot reach <see cref="IncubationFixture.Community"/>: its sibling community and a grid below it.</summary>
    public static TheoryData<string, string> OutOfCommunity => new()
    {
        { PlatformRoles.CommunityWorker, IncubationFixture.OtherCommunity },
        { PlatformRoles.CommunityWorker, Grid },
    };

    /// <summary>
    /// Callers who cannot reach <see cref="IncubationFixture.OtherCommunity"/>, whose room other tests share (the whole
    /// flow opens <see cref="IncubationFixture.Community"/>'s own).
    /// </summary>
    public static TheoryData<string, string> OutOfOtherCommunity => new()
    {
        { PlatformRoles.CommunityWorker, IncubationFixture.Community },
        { PlatformRoles.CommunityWorker, IncubationFixture.OtherCommunity + "001" },
    };

    /// <summary>Callers who cannot reach <see cref="IncubationFixture.County"/>: a sibling county and a street below it.</summary>
    public static TheoryData<string, string> OutOfCounty => new()
    {
        { PlatformRoles.CountyOfficer, "511602" },
        { PlatformRoles.StreetOfficer, IncubationFixture.Street },
    };

    [Theory]
    [MemberData(nameof(OutOfCommunity))]
    public async Task Creating_records_in_a_community_out_of_reach_is_403_naming_the_community_and_writes_nothing(string role, string region)
    {
        var caller = await fixture.ClientAsAsync(role, region);
        var before = await fixture.CountWritesAsync();
        // Every row is checked: a row in the caller's own community passes, the next one is refused by its index.
        var rows = region.Length == 12 ? new[] { region, IncubationFixture.Community } : [IncubationFixture.Community];

        await (await caller.PostAsJsonAsync("/api/incubation/organisations", new
        {
            name = "越权申请", kind = "CommunitySocialOrganisation", communityCode = IncubationFixture.Community, contactName = "陈",
        }, Cancel)).ProblemAsync(HttpStatusCode.Forbidden, "communityCode");
        await (await caller.PostAsJsonAsync("/api/incubation/rooms", new { communityCode = IncubationFixture.Community }, Cancel))
            .ProblemAsync(HttpStatusCode.Forbidden, "communityCode");
        await (await caller.PostAsJsonAsync("/api/incubation/social-workers", new
        {
            name = "越权社工", certificateNumber = $"ZL{Guid.NewGuid():N}"[..20], level = "Assistant", communityCode = IncubationFixture.Community,
        }, Cancel)).ProblemAsync(HttpStatusCode.Forbidden, "communityCode");
        await (await caller.PostAsJsonAsync("/api/incubation/organisations/import", new
        {
            organisations = rows.Select(community => new
            {
                organisation = new { name = $"导入 {Guid.NewGuid():N}", kind = "CommunitySocialOrganisation", communityCode = community, contactName = "陈" },
                state = "Applied",
            }),
        }, Cancel)).ProblemAsync(HttpStatusCode.Forbidden, $"organisations[{rows.Length - 1}].organisation.communityCode");
        await (await caller.PostAsJsonAsync("/api/incubation/social-workers/import", new
        {
            roomCommunities = new[] { IncubationFixture.Community },
        }, Cancel)).ProblemAsync(HttpStatusCode.Forbidden, "roomCommunities[0]");

        Assert.Equal(before, await fixture.CountWritesAsync());
    }

    [Fact]
    public async Task A_project_in_a_community_out_of_reach_is_403_naming_the_community_even_for_a_reachable_organisation()
    {
        var organisation = await fixture.Client.FiledAsync();
        var communityWorker = await fixture.ClientAsAsync(PlatformRoles.CommunityWorker, IncubationFixture.Community);
        var before = await fixture.CountWritesAsync();

        await (await communityWorker.PostAsJsonAsync("/api/incubation/projects", new
        {
            organisationId = organisation.Id, kind = "GovernmentPurchase", title = "越区项目", budgetFen = 100L, communityCode = IncubationFixture.OtherCommunity,
            startsOn = new DateOnly(2026, 1, 1), endsOn = new DateOnly(2025, 12, 31),
        }, Cancel)).ProblemAsync(HttpStatusCode.Forbidden, "communityCode");

        Assert.Equal(before, await fixture.CountWritesAsync());
    }

    [Theory]
    [MemberData(nameof(OutOfCounty))]
    public async Task Establishing_a_centre_out_of_reach_is_403_naming_the_region_and_reading_one_is_404(string role, string region)
    {
        var caller = await fixture.ClientAsAsync(role, region);
        var centre = await fixture.Client.EstablishCentreAsync();
        var before = await fixture.CountWritesAsync();

        await (await caller.PostAsJsonAsync("/api/incubation/centres", new
        {
            name = $"越权中心 {Guid.NewGuid():N}", level = "County", regionCode = IncubationFixture.County, areaSquareMetres = 100,
        }, Cancel)).ProblemAsync(HttpStatusCode.Forbidden, "regionCode");
        Assert.Equal(HttpStatusCode.NotFound, (await caller.GetAsync($"/api/incubation/centres/{centre.Id}", Cancel)).StatusCode);
        await (await caller.GetAsync($"/api/incubation/centres?region={IncubationFixture.County}", Cancel)).ProblemAsync(HttpStatusCode.Forbidden, "region");
        var own = await (await caller.GetAsync("/api/incubation/centres", Cancel)).ReadAsync<Platform.Data.Page<CentreResponse>>(HttpStatusCode.OK);
        Assert.DoesNotContain(own.Items, c => c.Id == centre.Id);

        Assert.Equal(before, await fixture.CountWritesAsync());
    }

    [Theory]
    [MemberData(nameof(OutOfCommunity))]
    public async Task Every_step_on_an_organisation_out_of_reach_is_404_and_changes_nothing(string role, string region)
    {
        var caller = await fixture.ClientAsAsync(role, region);
        var centre = await fixture.Client.EstablishCentreAsync();
        var applied = await fixture.Client.ApplyAsync();
        var filed = await fixture.Client.FiledAsync();
        var project = await (await fixture.Client.PostAsJsonAsync("/api/incubation/projects", new
        {
            organisationId = filed.Id, kind = "GovernmentPurchase", title = "居家养老服务", budgetFen = 100L,
            startsOn = new DateOnly(2026, 1, 1), endsOn = new DateOnly(2026, 12, 31),
        }, Cancel)).ReadAsync<ProjectResponse>(HttpStatusCode.Created);
        var before = await fixture.CountWritesAsync();
        var versions = await VersionsAsync(applied.Id, filed.Id, project.Id);

        Assert.Equal(HttpStatusCode.NotFound, (await caller.StepAsync(applied.Id, "file")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caller.StepAsync(filed.Id, "incubate", new { centreId = centre.Id })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caller.StepAsync(filed.Id, "graduate")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caller.StepAsync(filed.Id, "revoke", new { reason = "越权撤销" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caller.StepAsync(filed.Id, "grades",
            new { grade = 3, score = 80, evaluatedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1) })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caller.PostAsJsonAsync($"/api/incubation/projects/{project.Id}/complete",
            new { outputs = Outputs }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caller.GetAsync($"/api/incubation/organisations/{filed.Id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caller.GetAsync($"/api/incubation/organisations/{filed.Id}/projects", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caller.GetAsync($"/api/incubation/projects/{project.Id}", Cancel)).StatusCode);
        await (await caller.GetAsync($"/api/incubation/organisations?region={IncubationFixture.Community}", Cancel)).ProblemAsync(HttpStatusCode.Forbidden, "region");

        Assert.Equal(before, await fixture.CountWritesAsync());
        Assert.Equal(versions, await VersionsAsync(applied.Id, filed.Id, project.Id));
    }

    [Theory]
    [MemberData(nameof(OutOfOtherCommunity))]
    public async Task Rooms_and_social_workers_out_of_reach_are_404_and_their_lists_403(string role, string region)
    {
        var caller = await fixture.ClientAsAsync(role, region);
        var room = await RoomOfAsync(IncubationFixture.OtherCommunity);
        var worker = await (await fixture.Client.PostAsJsonAsync("/api/incubation/social-workers", new
        {
            name = "周社工", certificateNumber = $"ZL{Guid.NewGuid():N}"[..20], level = "Assistant", communityCode = IncubationFixture.OtherCommunity,
        }, Cancel)).ReadAsync<SocialWorkerResponse>(HttpStatusCode.Created);
        await (await fixture.Client.PostAsJsonAsync($"/api/incubation/rooms/{room.Id}/workers", new { socialWorkerId = worker.Id }, Cancel))
            .ReadAsync<AssignmentResponse>(HttpStatusCode.Created);
        var before = await fixture.CountWritesAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await caller.PostAsJsonAsync($"/api/incubation/rooms/{room.Id}/workers", new { socialWorkerId = worker.Id }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caller.DeleteAsync($"/api/incubation/rooms/{room.Id}/workers/{worker.Id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caller.GetAsync($"/api/incubation/rooms/{room.Id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caller.GetAsync($"/api/incubation/social-workers/{worker.Id}", Cancel)).StatusCode);
        await (await caller.GetAsync($"/api/incubation/rooms?region={IncubationFixture.OtherCommunity}", Cancel)).ProblemAsync(HttpStatusCode.Forbidden, "region");
        await (await caller.GetAsync($"/api/incubation/social-workers?region={IncubationFixture.OtherCommunity}", Cancel)).ProblemAsync(HttpStatusCode.Forbidden, "region");

        Assert.Equal(before, await fixture.CountWritesAsync());
        await (await fixture.Client.DeleteAsync($"/api/incubation/rooms/{room.Id}/workers/{worker.Id}", Cancel)).ReadAsync<AssignmentResponse>(HttpStatusCode.OK);
    }

    private Task<string> VersionsAsync(Guid applied, Guid filed, Guid project) => fixture.InDbAsync(async db => string.Join(",",
        await db.Organisations.Where(o => o.Id == applied || o.Id == filed).OrderBy(o => o.Id).Select(o => o.Version).ToListAsync(Cancel),
        await db.Projects.Where(p => p.Id == project).Select(p => p.Version).SingleAsync(Cancel)));

    private async Task<RoomResponse> RoomOfAsync(string community)
    {
        var opened = await fixture.Client.PostAsJsonAsync("/api/incubation/rooms", new { communityCode = community }, Cancel);
        if (opened.StatusCode == HttpStatusCode.Created)
        {
            return await opened.ReadAsync<RoomResponse>(HttpStatusCode.Created);
        }

        var listed = await (await fixture.Client.GetAsync($"/api/incubation/rooms?region={community}", Cancel))
            .ReadAsync<Platform.Data.Page<RoomResponse>>(HttpStatusCode.OK);
        return Assert.Single(listed.Items);
    }
}
