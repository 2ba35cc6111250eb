using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Volunteers.Activities;
using Platform.Volunteers.Volunteers;

namespace Platform.Volunteers.Tests;

/// <summary>
/// Records of <see cref="VolunteersFixture.Community"/> against a worker of a sibling community and a worker of a grid
/// below it: a record addressed by id is 404, a region named in the request is 403 naming the field, an import with one
/// such row is 403 naming the row, and nothing is written (no row, no version, no outbox message).
/// </summary>
public sealed class Refusing_what_is_out_of_reach(VolunteersFixture fixture)
{
    private const string Community = VolunteersFixture.Community;
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    private Task<HttpClient> WorkerAsync(string region) => fixture.ClientAsAsync(PlatformRoles.CommunityWorker, region);

    private Task<string> VersionsAsync(Guid activity, Guid volunteer) => fixture.InDbAsync(async db => string.Join(",",
        await db.Activities.Where(a => a.Id == activity).Select(a => a.Version).SingleAsync(Cancel),
        await db.Participations.Where(p => p.ActivityId == activity && p.VolunteerId == volunteer).Select(p => p.Version).SingleAsync(Cancel),
        await db.Volunteers.Where(v => v.Id == volunteer).Select(v => v.Version).SingleAsync(Cancel)));

    [Theory]
    [InlineData(VolunteersFixture.OtherCommunity)]
    [InlineData(VolunteersFixture.Grid)]
    public async Task Confirming_hours_and_every_other_activity_operation_out_of_reach_is_404_and_writes_nothing(string region)
    {
        var leader = await fixture.Client.RegisterAsync();
        var team = await fixture.Client.FormTeamAsync(leader.Id);
        var activity = await fixture.Client.PlanActivityAsync(team.Id);
        var volunteer = await fixture.Client.RegisterAsync();
        await fixture.Client.AttendAsync(activity.Id, volunteer.Id);
        var worker = await WorkerAsync(region);
        var participant = $"/api/volunteers/activities/{activity.Id}/participants/{volunteer.Id}";
        var (writes, versions) = (await fixture.CountWritesAsync(), await VersionsAsync(activity.Id, volunteer.Id));

        Assert.Equal(HttpStatusCode.NotFound, (await worker.ConfirmHoursAsync(activity.Id, volunteer.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.PostAsJsonAsync($"/api/volunteers/activities/{activity.Id}/complete", new { }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.CheckInAsync(activity.Id, volunteer.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.CheckOutAsync(activity.Id, volunteer.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.DeleteAsync(participant, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.SignUpAsync(activity.Id, leader.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"/api/volunteers/activities/{activity.Id}/participants", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"/api/volunteers/activities/{activity.Id}", Cancel)).StatusCode);

        Assert.Equal(writes, await fixture.CountWritesAsync());
        Assert.Equal(versions, await VersionsAsync(activity.Id, volunteer.Id));
        // The participation was open to confirmation all along: only the caller's reach stopped it.
        Assert.Equal(HttpStatusCode.OK, (await fixture.Client.ConfirmHoursAsync(activity.Id, volunteer.Id)).StatusCode);
    }

    [Theory]
    [InlineData(VolunteersFixture.OtherCommunity)]
    [InlineData(VolunteersFixture.Grid)]
    public async Task A_volunteers_profile_history_points_and_teams_out_of_reach_are_404_and_nothing_changes(string region)
    {
        var volunteer = await fixture.Client.RegisterAsync();
        var team = await fixture.Client.FormTeamAsync(volunteer.Id);
        var member = await fixture.Client.RegisterAsync();
        Assert.Equal(HttpStatusCode.Created, (await fixture.Client.PostAsJsonAsync($"/api/volunteers/teams/{team.Id}/members", new { volunteerId = member.Id }, Cancel)).StatusCode);
        var worker = await WorkerAsync(region);
        var writes = await fixture.CountWritesAsync();
        var version = await fixture.InDbAsync(db => db.Volunteers.Where(v => v.Id == volunteer.Id).Select(v => v.Version).SingleAsync(Cancel));

        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"/api/volunteers/volunteers/{volunteer.Id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"/api/volunteers/volunteers/{volunteer.Id}/history", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"/api/volunteers/volunteers/{volunteer.Id}/points", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.PutAsJsonAsync($"/api/volunteers/volunteers/{volunteer.Id}",
            new { name = "李四", communityCode = region[..12], version = volunteer.Version }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"/api/volunteers/teams/{team.Id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.PostAsJsonAsync($"/api/volunteers/teams/{team.Id}/members", new { volunteerId = member.Id }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.DeleteAsync($"/api/volunteers/teams/{team.Id}/members/{member.Id}", Cancel)).StatusCode);

        Assert.Equal(writes, await fixture.CountWritesAsync());
        Assert.Equal(version, await fixture.InDbAsync(db => db.Volunteers.Where(v => v.Id == volunteer.Id).Select(v => v.Version).SingleAsync(Cancel)));
    }

    [Theory]
    [InlineData(VolunteersFixture.OtherCommunity)]
    [InlineData(VolunteersFixture.Grid)]
    public async Task Naming_a_community_out_of_reach_is_403_naming_the_field_and_writes_nothing(string region)
    {
        var leader = await fixture.Client.RegisterAsync();
        var team = await fixture.Client.FormTeamAsync(leader.Id);
        var worker = await WorkerAsync(region);
        var writes = await fixture.CountWritesAsync();
        var activities = await fixture.InDbAsync(db => db.Activities.CountAsync(Cancel));
        var start = DateTimeOffset.UtcNow.AddDays(1);

        await (await worker.PostAsJsonAsync("/api/volunteers/volunteers",
            new { name = "王五", idNumber = IdNumbers.Next(), communityCode = Community }, Cancel)).ProblemAsync(HttpStatusCode.Forbidden, "communityCode");
        await (await worker.PostAsJsonAsync("/api/volunteers/teams",
            new { name = "越界服务队", colour = "PioneerRed", communityCode = Community, leaderId = leader.Id }, Cancel)).ProblemAsync(HttpStatusCode.Forbidden, "communityCode");
        await (await worker.PostAsJsonAsync("/api/volunteers/activities", new
        {
            title = "越界活动", category = "SecurityPatrol", organiserTeamId = team.Id, communityCode = Community,
            startsAt = start, endsAt = start.AddHours(2), capacity = 5,
        }, Cancel)).ProblemAsync(HttpStatusCode.Forbidden, "communityCode");
        foreach (var list in new[] { "volunteers", "volunteers/changes", "teams", "activities" })
        {
            await (await worker.GetAsync($"/api/volunteers/{list}?region={Community}", Cancel)).ProblemAsync(HttpStatusCode.Forbidden, "region");
        }

        Assert.Equal(writes, await fixture.CountWritesAsync());
        Assert.Equal(activities, await fixture.InDbAsync(db => db.Activities.CountAsync(Cancel)));
    }

    [Fact]
    public async Task A_list_without_a_region_is_the_callers_own_subtree()
    {
        var elsewhere = await fixture.Client.RegisterAsync(community: Community);
        var worker = await WorkerAsync(VolunteersFixture.OtherCommunity);
        var own = await worker.RegisterAsync(community: VolunteersFixture.OtherCommunity);

        var page = await (await worker.GetAsync("/api/volunteers/volunteers?pageSize=500", Cancel)).ReadAsync<Platform.Data.Page<VolunteerResponse>>(HttpStatusCode.OK);

        Assert.Contains(page.Items, v => v.Id == own.Id);
        Assert.DoesNotContain(page.Items, v => v.Id == elsewhere.Id);
        Assert.All(page.Items, v => Assert.Equal(VolunteersFixture.OtherCommunity, v.CommunityCode));
        Assert.Equal(500, page.PageSize);
    }

    [Theory]
    [InlineData(VolunteersFixture.OtherCommunity)]
    [InlineData(VolunteersFixture.Grid)]
    public async Task An_import_with_one_row_out_of_reach_is_403_naming_the_row_and_writes_nothing(string region)
    {
        var leader = await fixture.Client.RegisterAsync();
        var team = await fixture.Client.FormTeamAsync(leader.Id);
        var activity = await fixture.Client.PlanActivityAsync(team.Id, startsAt: DateTimeOffset.UtcNow.AddHours(-5), hours: 2);
        var worker = await WorkerAsync(region);
        var own = region[..12];
        var start = DateTimeOffset.UtcNow.AddDays(1).ToString("O");
        var end = DateTimeOffset.UtcNow.AddDays(1).AddHours(2).ToString("O");
        var writes = await fixture.CountWritesAsync();
        var activities = await fixture.InDbAsync(db => db.Activities.CountAsync(Cancel));

        Task<HttpResponseMessage> ImportAsync(string resource, string csv) =>
            worker.PostAsync($"/api/volunteers/{resource}/import", new StringContent(csv, Encoding.UTF8, "text/csv"), Cancel);

        await (await ImportAsync("volunteers", $"name,idNumber,communityCode\n本区,{IdNumbers.Next()},{own}\n越界,{IdNumbers.Next()},{Community}\n"))
            .ProblemAsync(HttpStatusCode.Forbidden, "rows[2].communityCode");
        await (await ImportAsync("teams", $"name,colour,communityCode,leaderId\n越界队,PioneerRed,{Community},{leader.Id}\n"))
            .ProblemAsync(HttpStatusCode.Forbidden, "rows[1].communityCode");
        await (await ImportAsync("activities", $"title,category,organiserTeamId,communityCode,startsAt,endsAt,capacity\n越界,SecurityPatrol,{team.Id},{Community},{start},{end},5\n"))
            .ProblemAsync(HttpStatusCode.Forbidden, "rows[1].communityCode");
        await (await ImportAsync("activities/attendance", $"activityId,volunteerId,minutes\n{activity.Id},{leader.Id},60\n"))
            .ProblemAsync(HttpStatusCode.Forbidden, "rows[1].activityId");

        Assert.Equal(writes, await fixture.CountWritesAsync());
        Assert.Equal(activities, await fixture.InDbAsync(db => db.Activities.CountAsync(Cancel)));
    }
}
