using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Volunteers.Points;
using Platform.Volunteers.Teams;
using Platform.Volunteers.Volunteers;

namespace Platform.Volunteers.Tests;

public sealed class Seeing_only_what_is_in_reach(VolunteersFixture fixture)
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_volunteer_sees_only_their_own_profile_history_and_points()
    {
        var own = await fixture.Client.RegisterAsync();
        var other = await fixture.Client.RegisterAsync();
        var volunteer = await fixture.ClientAsAsync(PlatformRoles.Volunteer, VolunteersFixture.Community, own.Id);

        Assert.Equal(own.Id, (await (await volunteer.GetAsync($"/api/volunteers/volunteers/{own.Id}", Cancel)).ReadAsync<VolunteerResponse>(HttpStatusCode.OK)).Id);
        Assert.Equal(own.Id, (await (await volunteer.GetAsync($"/api/volunteers/volunteers/{own.Id}/history", Cancel)).ReadAsync<VolunteerHistoryResponse>(HttpStatusCode.OK)).VolunteerId);
        Assert.Equal(own.Id, (await (await volunteer.GetAsync($"/api/volunteers/volunteers/{own.Id}/points", Cancel)).ReadAsync<PointsStatementResponse>(HttpStatusCode.OK)).VolunteerId);
        // Another volunteer of the same community is answered like an unknown one.
        Assert.Equal(HttpStatusCode.NotFound, (await volunteer.GetAsync($"/api/volunteers/volunteers/{other.Id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await volunteer.GetAsync($"/api/volunteers/volunteers/{other.Id}/history", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await volunteer.GetAsync($"/api/volunteers/volunteers/{other.Id}/points", Cancel)).StatusCode);
    }

    [Fact]
    public async Task A_volunteer_cannot_change_another_volunteers_profile()
    {
        var own = await fixture.Client.RegisterAsync();
        var other = await fixture.Client.RegisterAsync();
        var volunteer = await fixture.ClientAsAsync(PlatformRoles.Volunteer, VolunteersFixture.Community, own.Id);
        var writes = await fixture.CountWritesAsync();

        var response = await volunteer.PutAsJsonAsync($"/api/volunteers/volunteers/{other.Id}",
            new { name = "冒名", phone = "13900000000", communityCode = VolunteersFixture.Community, version = other.Version }, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("张三", (await (await fixture.Client.GetAsync($"/api/volunteers/volunteers/{other.Id}", Cancel)).ReadAsync<VolunteerResponse>(HttpStatusCode.OK)).Name);
        Assert.Equal(writes, await fixture.CountWritesAsync());
    }

    [Fact]
    public async Task A_volunteer_signs_up_and_checks_in_only_themselves()
    {
        var own = await fixture.Client.RegisterAsync();
        var other = await fixture.Client.RegisterAsync();
        var team = await fixture.Client.FormTeamAsync(own.Id);
        var activity = await fixture.Client.PlanActivityAsync(team.Id);
        var volunteer = await fixture.ClientAsAsync(PlatformRoles.Volunteer, VolunteersFixture.Community, own.Id);
        Assert.Equal(HttpStatusCode.Created, (await fixture.Client.SignUpAsync(activity.Id, other.Id)).StatusCode);
        var writes = await fixture.CountWritesAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await volunteer.SignUpAsync(activity.Id, Guid.NewGuid())).StatusCode);
        // Another volunteer's sign-up is answered like an unknown one.
        Assert.Equal(HttpStatusCode.NotFound, (await volunteer.CheckInAsync(activity.Id, other.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await volunteer.DeleteAsync($"/api/volunteers/activities/{activity.Id}/participants/{other.Id}", Cancel)).StatusCode);
        Assert.Equal(writes, await fixture.CountWritesAsync());
        Assert.Equal(HttpStatusCode.Created, (await volunteer.SignUpAsync(activity.Id, own.Id)).StatusCode);
    }

    [Fact]
    public async Task A_volunteer_joins_and_leaves_teams_only_as_themselves_and_a_worker_only_within_reach()
    {
        var own = await fixture.Client.RegisterAsync();
        var other = await fixture.Client.RegisterAsync();
        var team = await fixture.Client.FormTeamAsync(own.Id);
        var members = $"/api/volunteers/teams/{team.Id}/members";
        await (await fixture.Client.PostAsJsonAsync(members, new { volunteerId = other.Id }, Cancel)).ReadAsync<MembershipResponse>(HttpStatusCode.Created);
        var volunteer = await fixture.ClientAsAsync(PlatformRoles.Volunteer, VolunteersFixture.Community, own.Id);
        var elsewhere = await fixture.ClientAsAsync(PlatformRoles.CommunityWorker, VolunteersFixture.OtherCommunity);
        var writes = await fixture.CountWritesAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await volunteer.PostAsJsonAsync(members, new { volunteerId = Guid.NewGuid() }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await volunteer.DeleteAsync($"{members}/{other.Id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.PostAsJsonAsync(members, new { volunteerId = own.Id }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.DeleteAsync($"{members}/{other.Id}", Cancel)).StatusCode);
        Assert.Equal(writes, await fixture.CountWritesAsync());
        Assert.Equal(HttpStatusCode.OK, (await fixture.Client.DeleteAsync($"{members}/{other.Id}", Cancel)).StatusCode);
    }

    [Fact]
    public async Task A_community_worker_neither_sees_nor_registers_volunteers_of_another_community()
    {
        var elsewhere = await fixture.Client.RegisterAsync(community: VolunteersFixture.Community);
        var worker = await fixture.ClientAsAsync(PlatformRoles.CommunityWorker, VolunteersFixture.OtherCommunity);
        var writes = await fixture.CountWritesAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"/api/volunteers/volunteers/{elsewhere.Id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"/api/volunteers/volunteers/{elsewhere.Id}/history", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await worker.GetAsync($"/api/volunteers/volunteers?region={VolunteersFixture.Community}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.PostAsJsonAsync("/api/volunteers/volunteers",
            new { name = "王五", idNumber = IdNumbers.Next(), communityCode = VolunteersFixture.Community }, Cancel)).StatusCode);
        Assert.Equal(writes, await fixture.CountWritesAsync());

        var own = await worker.RegisterAsync(community: VolunteersFixture.OtherCommunity);
        Assert.Equal(VolunteersFixture.OtherCommunity, own.CommunityCode);
        Assert.Equal(HttpStatusCode.OK,
            (await worker.GetAsync($"/api/volunteers/volunteers?region={VolunteersFixture.OtherCommunity}", Cancel)).StatusCode);
    }

    [Fact]
    public async Task A_community_worker_cannot_move_a_volunteer_out_of_their_community()
    {
        var worker = await fixture.ClientAsAsync(PlatformRoles.CommunityWorker, VolunteersFixture.OtherCommunity);
        var volunteer = await worker.RegisterAsync(community: VolunteersFixture.OtherCommunity);

        var response = await worker.PutAsJsonAsync($"/api/volunteers/volunteers/{volunteer.Id}",
            new { name = "张三", communityCode = VolunteersFixture.Community, version = volunteer.Version }, Cancel);

        await response.ProblemAsync(HttpStatusCode.Forbidden, "communityCode");
        Assert.Equal(VolunteersFixture.OtherCommunity,
            (await (await worker.GetAsync($"/api/volunteers/volunteers/{volunteer.Id}", Cancel)).ReadAsync<VolunteerResponse>(HttpStatusCode.OK)).CommunityCode);
    }

    [Fact]
    public async Task A_community_worker_neither_sees_nor_plans_teams_and_activities_of_another_community()
    {
        var leader = await fixture.Client.RegisterAsync();
        var team = await fixture.Client.FormTeamAsync(leader.Id);
        var activity = await fixture.Client.PlanActivityAsync(team.Id);
        var worker = await fixture.ClientAsAsync(PlatformRoles.CommunityWorker, VolunteersFixture.OtherCommunity);
        var writes = await fixture.CountWritesAsync();
        var activities = await fixture.InDbAsync(db => db.Activities.CountAsync(Cancel));

        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"/api/volunteers/teams/{team.Id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"/api/volunteers/activities/{activity.Id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync($"/api/volunteers/teams?region={VolunteersFixture.Community}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync($"/api/volunteers/activities?region={VolunteersFixture.Community}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.PostAsJsonAsync("/api/volunteers/teams",
            new { name = "越界服务队", colour = "PioneerRed", communityCode = VolunteersFixture.Community, leaderId = leader.Id }, Cancel)).StatusCode);
        var start = DateTimeOffset.UtcNow.AddDays(1);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.PostAsJsonAsync("/api/volunteers/activities", new
        {
            title = "越界活动", category = "SecurityPatrol", organiserTeamId = team.Id, communityCode = VolunteersFixture.Community,
            startsAt = start, endsAt = start.AddHours(2), capacity = 5,
        }, Cancel)).StatusCode);
        Assert.Equal(writes, await fixture.CountWritesAsync());
        Assert.Equal(activities, await fixture.InDbAsync(db => db.Activities.CountAsync(Cancel)));

        Assert.Equal(HttpStatusCode.OK, (await worker.GetAsync($"/api/volunteers/teams?region={VolunteersFixture.OtherCommunity}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await worker.GetAsync($"/api/volunteers/activities?region={VolunteersFixture.OtherCommunity}", Cancel)).StatusCode);
    }
}
