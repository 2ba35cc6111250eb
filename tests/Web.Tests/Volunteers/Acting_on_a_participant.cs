using Platform.Clients.Volunteers.Models;
using Platform.Web.Features.Volunteers;

namespace Platform.Web.Tests.Volunteers;

public sealed class Acting_on_a_participant : ComponentTest
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 1, 0, 0, TimeSpan.Zero);

    private static ActivityResponse Activity(ActivityStatus status = ActivityStatus.Open) =>
        new() { Id = Guid.NewGuid(), Status = status, StartsAt = Start, EndsAt = Start.AddHours(2), Capacity = 10, SignedUp = 1 };

    private static ParticipationResponse Participant(ParticipationStatus status) => new() { VolunteerId = Guid.NewGuid(), Status = status, Version = 1 };

    private IRenderedComponent<ParticipantActions> Actions(ParticipationStatus status, ActivityStatus activity = ActivityStatus.Open, bool mayWrite = true) =>
        Render<ParticipantActions>(ps => ps
            .Add(p => p.Participation, Participant(status))
            .Add(p => p.Activity, Activity(activity))
            .Add(p => p.MayWrite, mayWrite));

    private static string[] Offered(IRenderedComponent<ParticipantActions> actions) =>
        [.. actions.FindAll("[data-writes=true]").Select(e => e.GetAttribute("data-testid") ?? "")];

    [Theory]
    [InlineData(ParticipationStatus.SignedUp, new[] { "check-in", "cancel-sign-up" })]
    [InlineData(ParticipationStatus.CheckedIn, new[] { "check-out" })]
    [InlineData(ParticipationStatus.CheckedOut, new[] { "confirm-hours" })]
    [InlineData(ParticipationStatus.Confirmed, new string[0])]
    [InlineData(ParticipationStatus.Cancelled, new string[0])]
    [InlineData(ParticipationStatus.NoShow, new string[0])]
    public void Only_the_next_steps_of_its_state_are_offered(ParticipationStatus status, string[] offered) =>
        Assert.Equal(offered, Offered(Actions(status)));

    [Fact]
    public void A_completed_activity_takes_no_more_check_ins_but_still_takes_check_outs_and_hours()
    {
        Assert.Empty(Offered(Actions(ParticipationStatus.SignedUp, ActivityStatus.Completed)));
        Assert.Equal(["check-out"], Offered(Actions(ParticipationStatus.CheckedIn, ActivityStatus.Completed)));
        Assert.Equal(["confirm-hours"], Offered(Actions(ParticipationStatus.CheckedOut, ActivityStatus.Completed)));
    }

    [Fact]
    public void A_role_that_may_not_write_is_offered_nothing() =>
        Assert.Empty(Offered(Actions(ParticipationStatus.SignedUp, mayWrite: false)));

    [Fact]
    public void Clicking_check_in_hands_the_participant_to_the_page()
    {
        ParticipationResponse? checkedIn = null;
        var participant = Participant(ParticipationStatus.SignedUp);
        var actions = Render<ParticipantActions>(ps => ps
            .Add(p => p.Participation, participant)
            .Add(p => p.Activity, Activity())
            .Add(p => p.MayWrite, true)
            .Add(p => p.CheckIn, (ParticipationResponse p) => checkedIn = p));

        actions.Find("[data-testid=check-in]").Click();

        Assert.Same(participant, checkedIn);
    }
}
