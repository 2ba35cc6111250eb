using Platform.Contracts.Volunteers;
using Platform.Volunteers.Activities;

namespace Platform.Volunteers.Tests.Rules;

public sealed class Attendance_transitions
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 1, 0, 0, TimeSpan.Zero);
    private static readonly Activity Patrol = Activity.Plan("巡逻", ActivityCategory.SecurityPatrol, Guid.NewGuid(), "511603001001", Start, Start.AddHours(3), 10, Start);

    [Fact]
    public void Check_in_is_open_from_30_minutes_before_the_start_to_the_end()
    {
        var now = Start.AddHours(4);

        Assert.Equal("at", Participation.SignUp(Patrol.Id, Guid.NewGuid(), Start).CheckIn(Patrol, Start.AddMinutes(-31), now)?.Field);
        Assert.Null(Participation.SignUp(Patrol.Id, Guid.NewGuid(), Start).CheckIn(Patrol, Start.AddMinutes(-30), now));
        Assert.Null(Participation.SignUp(Patrol.Id, Guid.NewGuid(), Start).CheckIn(Patrol, Start.AddHours(3), now));
        Assert.Equal("at", Participation.SignUp(Patrol.Id, Guid.NewGuid(), Start).CheckIn(Patrol, Start.AddHours(3).AddMinutes(1), now)?.Field);
    }

    [Fact]
    public void The_path_is_sign_up_check_in_check_out_confirm_and_each_step_happens_once()
    {
        var p = Participation.SignUp(Patrol.Id, Guid.NewGuid(), Start);
        var now = Start.AddHours(4);

        Assert.Equal("volunteerId", p.CheckOut(Patrol, Start.AddHours(1), now)?.Field);
        Assert.Equal("volunteerId", p.ConfirmHours(60, now)?.Field);
        Assert.Null(p.CheckIn(Patrol, Start, now));
        Assert.Equal("volunteerId", p.CheckIn(Patrol, Start, now)?.Field);
        Assert.Equal("volunteerId", p.Cancel()?.Field);
        Assert.Equal("at", p.CheckOut(Patrol, Start.AddMinutes(-1), now)?.Field);
        Assert.Null(p.CheckOut(Patrol, Start.AddMinutes(150), now));
        Assert.Equal(150, p.CheckedMinutes);
        Assert.Null(p.ConfirmHours(150, now));
        Assert.Equal("volunteerId", p.ConfirmHours(150, now)?.Field);
        Assert.Equal(ParticipationStatus.Confirmed, p.Status);
    }

    [Fact]
    public void Confirmed_hours_stay_within_the_window_and_an_adjustment_needs_a_reason()
    {
        Assert.Empty(HoursConfirmation.Check(150, 150, null, Patrol));
        Assert.Empty(HoursConfirmation.Check(150, 180, "到岗早", Patrol));
        Assert.Contains("minutes", HoursConfirmation.Check(150, 181, "多记", Patrol).Keys);
        Assert.Contains("minutes", HoursConfirmation.Check(150, -1, "负数", Patrol).Keys);
        Assert.Contains("reason", HoursConfirmation.Check(150, 120, " ", Patrol).Keys);
    }
}
