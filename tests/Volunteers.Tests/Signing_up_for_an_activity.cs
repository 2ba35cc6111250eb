using System.Net;
using Microsoft.EntityFrameworkCore;
using Platform.Volunteers.Activities;

namespace Platform.Volunteers.Tests;

public sealed class Signing_up_for_an_activity(VolunteersFixture fixture)
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Of_100_concurrent_sign_ups_for_10_places_exactly_10_succeed_and_the_rest_are_409()
    {
        var leader = await fixture.Client.RegisterAsync();
        var team = await fixture.Client.FormTeamAsync(leader.Id);
        var activity = await fixture.Client.PlanActivityAsync(team.Id, capacity: 10);
        var volunteers = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => fixture.Client.RegisterAsync()));

        var responses = await Task.WhenAll(volunteers.Select(v => fixture.Client.SignUpAsync(activity.Id, v.Id)));

        Assert.Equal(10, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(90, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(10, await fixture.InDbAsync(db => db.Participations.CountAsync(p => p.ActivityId == activity.Id, Cancel)));
        Assert.Equal(10, await fixture.InDbAsync(db => db.Activities.Where(a => a.Id == activity.Id).Select(a => a.SignedUp).SingleAsync(Cancel)));
        await responses.First(r => r.StatusCode == HttpStatusCode.Conflict).ProblemAsync(HttpStatusCode.Conflict, "activityId");
    }

    [Fact]
    public async Task A_cancelled_place_can_be_taken_again_and_a_second_sign_up_is_409()
    {
        var leader = await fixture.Client.RegisterAsync();
        var team = await fixture.Client.FormTeamAsync(leader.Id);
        var activity = await fixture.Client.PlanActivityAsync(team.Id, capacity: 1);
        var first = await fixture.Client.RegisterAsync();
        var second = await fixture.Client.RegisterAsync();

        await (await fixture.Client.SignUpAsync(activity.Id, first.Id)).ReadAsync<ParticipationResponse>(HttpStatusCode.Created);
        await (await fixture.Client.SignUpAsync(activity.Id, first.Id)).ProblemAsync(HttpStatusCode.Conflict, "volunteerId");
        await (await fixture.Client.SignUpAsync(activity.Id, second.Id)).ProblemAsync(HttpStatusCode.Conflict, "activityId");
        var cancelled = await (await fixture.Client.DeleteAsync($"/api/volunteers/activities/{activity.Id}/participants/{first.Id}", Cancel))
            .ReadAsync<ParticipationResponse>(HttpStatusCode.OK);
        Assert.Equal(ParticipationStatus.Cancelled, cancelled.Status);
        await (await fixture.Client.SignUpAsync(activity.Id, second.Id)).ReadAsync<ParticipationResponse>(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Unknown_activity_is_404_and_unknown_volunteer_is_400()
    {
        var leader = await fixture.Client.RegisterAsync();
        var team = await fixture.Client.FormTeamAsync(leader.Id);
        var activity = await fixture.Client.PlanActivityAsync(team.Id);
        var before = await fixture.CountWritesAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Client.SignUpAsync(Guid.NewGuid(), leader.Id)).StatusCode);
        await (await fixture.Client.SignUpAsync(activity.Id, Guid.NewGuid())).ProblemAsync(HttpStatusCode.BadRequest, "volunteerId");
        Assert.Equal(before, await fixture.CountWritesAsync());
    }
}
