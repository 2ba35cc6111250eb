using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Volunteers;
using Platform.Data;
using Platform.RegionReplica.Queries;
using Platform.Messaging;
using Platform.Volunteers.Activities;
using Platform.Volunteers.Points;

namespace Platform.Volunteers.Tests;

public sealed class Attending_and_confirming_hours(VolunteersFixture fixture)
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<(Guid Activity, Guid Volunteer)> SignedUpAsync(string category = "SecurityPatrol", DateTimeOffset? startsAt = null)
    {
        var leader = await fixture.Client.RegisterAsync();
        var team = await fixture.Client.FormTeamAsync(leader.Id);
        var activity = await fixture.Client.PlanActivityAsync(team.Id, category: category, startsAt: startsAt);
        var volunteer = await fixture.Client.RegisterAsync();
        await (await fixture.Client.SignUpAsync(activity.Id, volunteer.Id)).ReadAsync<ParticipationResponse>(HttpStatusCode.Created);
        return (activity.Id, volunteer.Id);
    }

    [Fact]
    public async Task Check_out_before_check_in_is_409_naming_the_volunteer_and_writes_nothing()
    {
        var (activity, volunteer) = await SignedUpAsync();
        var before = await fixture.CountWritesAsync();

        await (await fixture.Client.CheckOutAsync(activity, volunteer)).ProblemAsync(HttpStatusCode.Conflict, "volunteerId");
        Assert.Equal(before, await fixture.CountWritesAsync());
    }

    [Fact]
    public async Task Check_in_outside_the_window_is_409_naming_the_time_and_writes_nothing()
    {
        var (future, volunteer) = await SignedUpAsync(startsAt: DateTimeOffset.UtcNow.AddDays(1));
        var (current, other) = await SignedUpAsync();
        var before = await fixture.CountWritesAsync();

        await (await fixture.Client.CheckInAsync(future, volunteer)).ProblemAsync(HttpStatusCode.Conflict, "at");
        await (await fixture.Client.CheckInAsync(current, other, DateTimeOffset.UtcNow.AddHours(-3))).ProblemAsync(HttpStatusCode.Conflict, "at");
        await (await fixture.Client.CheckInAsync(current, other, DateTimeOffset.UtcNow.AddHours(1))).ProblemAsync(HttpStatusCode.Conflict, "at");
        Assert.Equal(before, await fixture.CountWritesAsync());
    }

    [Fact]
    public async Task Check_out_before_the_check_in_time_is_409_naming_the_time()
    {
        var (activity, volunteer) = await SignedUpAsync();
        await (await fixture.Client.CheckInAsync(activity, volunteer, DateTimeOffset.UtcNow.AddHours(-1))).ReadAsync<ParticipationResponse>(HttpStatusCode.OK);

        await (await fixture.Client.CheckOutAsync(activity, volunteer, DateTimeOffset.UtcNow.AddHours(-2))).ProblemAsync(HttpStatusCode.Conflict, "at");
    }

    [Theory]
    [InlineData(-60, null, "minutes")]
    [InlineData(100_000, "typo", "minutes")]
    [InlineData(5 * 60, "stayed late", "minutes")]
    [InlineData(90, null, "reason")]
    public async Task Negative_absurd_or_unexplained_hours_are_400_naming_the_field_and_write_nothing(int minutes, string? reason, string field)
    {
        var (activity, volunteer) = await SignedUpAsync();
        await fixture.Client.CheckInAsync(activity, volunteer, DateTimeOffset.UtcNow.AddHours(-2));
        await fixture.Client.CheckOutAsync(activity, volunteer, DateTimeOffset.UtcNow.AddHours(-1));
        var before = await fixture.CountWritesAsync();

        await (await fixture.Client.ConfirmHoursAsync(activity, volunteer, minutes, reason)).ProblemAsync(HttpStatusCode.BadRequest, field);
        Assert.Equal(before, await fixture.CountWritesAsync());
    }

    [Fact]
    public async Task Confirmed_hours_default_to_the_checked_time_and_earn_points_at_the_category_rate()
    {
        var (activity, volunteer) = await SignedUpAsync(VolunteersFixture.RichCategory);
        await fixture.Client.CheckInAsync(activity, volunteer, DateTimeOffset.UtcNow.AddHours(-2));
        await fixture.Client.CheckOutAsync(activity, volunteer, DateTimeOffset.UtcNow.AddHours(-1));

        var confirmed = await (await fixture.Client.ConfirmHoursAsync(activity, volunteer)).ReadAsync<HoursConfirmedResponse>(HttpStatusCode.OK);

        Assert.InRange(confirmed.ConfirmedMinutes, 59, 60);
        Assert.Equal(50 * confirmed.ConfirmedMinutes / 60, confirmed.PointsCredited);
        var outbox = await fixture.OutboxMentioningAsync(volunteer);
        var events = outbox.Select(MessageTypes.Deserialize).ToList();
        Assert.Single(events.OfType<ServiceHoursConfirmed>());
        Assert.Equal(confirmed.PointsCredited, Assert.Single(events.OfType<PointsCredited>()).Points);
    }

    [Fact]
    public async Task An_adjustment_with_a_reason_is_audited()
    {
        var (activity, volunteer) = await SignedUpAsync();
        await fixture.Client.CheckInAsync(activity, volunteer, DateTimeOffset.UtcNow.AddHours(-2));
        await fixture.Client.CheckOutAsync(activity, volunteer, DateTimeOffset.UtcNow.AddHours(-1));

        await (await fixture.Client.ConfirmHoursAsync(activity, volunteer, 120, "签退忘记，实际服务两小时")).ReadAsync<HoursConfirmedResponse>(HttpStatusCode.OK);

        var audit = await fixture.InDbAsync(db => db.HoursConfirmations.SingleAsync(h => h.ActivityId == activity && h.VolunteerId == volunteer, Cancel));
        Assert.Equal(120, audit.ConfirmedMinutes);
        Assert.InRange(audit.CheckedMinutes, 59, 60);
        Assert.Equal("签退忘记，实际服务两小时", audit.Reason);
    }

    [Fact]
    public async Task The_same_confirmation_sent_twice_at_once_credits_once()
    {
        var (activity, volunteer) = await SignedUpAsync();
        await fixture.Client.CheckInAsync(activity, volunteer, DateTimeOffset.UtcNow.AddHours(-2));
        await fixture.Client.CheckOutAsync(activity, volunteer, DateTimeOffset.UtcNow.AddHours(-1));

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => fixture.Client.ConfirmHoursAsync(activity, volunteer, 60, "整点")));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(4, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var credits = await fixture.InDbAsync(db => db.PointsEntries.Where(e => e.VolunteerId == volunteer).ToListAsync(Cancel));
        Assert.Equal(10, Assert.Single(credits).Points);
    }

    [Fact]
    public async Task Completing_an_activity_marks_absent_sign_ups_as_no_shows_and_announces_it()
    {
        var (activity, attended) = await SignedUpAsync();
        var absent = await fixture.Client.RegisterAsync();
        await fixture.Client.SignUpAsync(activity, absent.Id);
        await fixture.Client.CheckInAsync(activity, attended, DateTimeOffset.UtcNow.AddHours(-2));
        await fixture.Client.CheckOutAsync(activity, attended, DateTimeOffset.UtcNow.AddHours(-1));

        var completed = await (await fixture.Client.PostAsync($"/api/volunteers/activities/{activity}/complete", null, Cancel)).ReadAsync<ActivityResponse>(HttpStatusCode.OK);

        Assert.Equal(ActivityStatus.Completed, completed.Status);
        var participants = await fixture.Client.GetFromJsonAsync<Page<ParticipationResponse>>($"/api/volunteers/activities/{activity}/participants", Testing.Json.Options, Cancel);
        Assert.Equal(ParticipationStatus.NoShow, participants!.Items.Single(p => p.VolunteerId == absent.Id).Status);
        var announced = await fixture.OutboxMentioningAsync(activity);
        var completedEvent = Assert.Single(announced.Select(MessageTypes.Deserialize).OfType<ActivityCompleted>());
        Assert.Equal((1, 1), (completedEvent.Participants, completedEvent.NoShows));
        await (await fixture.Client.PostAsync($"/api/volunteers/activities/{activity}/complete", null, Cancel)).ProblemAsync(HttpStatusCode.Conflict, "activityId");
    }
}
