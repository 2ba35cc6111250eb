using System.Net;
using System.Net.Http.Json;
using Platform.Volunteers.Activities;
using Platform.Volunteers.Volunteers;

namespace Platform.Volunteers.Tests;

public sealed class Changing_a_record_read_earlier(VolunteersFixture fixture)
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_profile_update_needs_the_version_read_and_a_stale_one_is_409_naming_version_and_writes_nothing()
    {
        var volunteer = await fixture.Client.RegisterAsync();
        var profile = $"/api/volunteers/volunteers/{volunteer.Id}";
        var first = await (await fixture.Client.PutAsJsonAsync(profile,
            new { name = "张三", communityCode = VolunteersFixture.Community, version = volunteer.Version }, Cancel)).ReadAsync<VolunteerResponse>(HttpStatusCode.OK);
        var writes = await fixture.CountWritesAsync();

        await (await fixture.Client.PutAsJsonAsync(profile, new { name = "旧版本", communityCode = VolunteersFixture.Community, version = volunteer.Version }, Cancel))
            .ProblemAsync(HttpStatusCode.Conflict, "version");
        await (await fixture.Client.PutAsJsonAsync(profile, new { name = "无版本", communityCode = VolunteersFixture.Community }, Cancel))
            .ProblemAsync(HttpStatusCode.BadRequest, "version");

        Assert.NotEqual(volunteer.Version, first.Version);
        Assert.Equal(writes, await fixture.CountWritesAsync());
        var now = await (await fixture.Client.GetAsync(profile, Cancel)).ReadAsync<VolunteerResponse>(HttpStatusCode.OK);
        Assert.Equal(("张三", first.Version), (now.Name, now.Version));
    }

    [Fact]
    public async Task A_command_with_a_stale_version_is_409_naming_version_and_without_one_it_goes_ahead()
    {
        var leader = await fixture.Client.RegisterAsync();
        var team = await fixture.Client.FormTeamAsync(leader.Id);
        var activity = await fixture.Client.PlanActivityAsync(team.Id);
        var signedUp = await (await fixture.Client.SignUpAsync(activity.Id, leader.Id)).ReadAsync<ParticipationResponse>(HttpStatusCode.Created);
        var checkIn = $"/api/volunteers/activities/{activity.Id}/participants/{leader.Id}/check-in";

        await (await fixture.Client.PostAsJsonAsync(checkIn, new { version = signedUp.Version + 1 }, Cancel)).ProblemAsync(HttpStatusCode.Conflict, "version");
        var checkedIn = await (await fixture.Client.PostAsJsonAsync(checkIn, new { version = signedUp.Version }, Cancel)).ReadAsync<ParticipationResponse>(HttpStatusCode.OK);
        await (await fixture.Client.PostAsJsonAsync($"/api/volunteers/activities/{activity.Id}/complete", new { version = activity.Version }, Cancel))
            .ProblemAsync(HttpStatusCode.Conflict, "version");
        var completed = await (await fixture.Client.PostAsJsonAsync($"/api/volunteers/activities/{activity.Id}/complete", new { }, Cancel))
            .ReadAsync<ActivityResponse>(HttpStatusCode.OK);

        Assert.Equal(ParticipationStatus.CheckedIn, checkedIn.Status);
        Assert.Equal(ActivityStatus.Completed, completed.Status);
    }
}
