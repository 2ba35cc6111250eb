using Platform.ServiceDefaults.Problems;
namespace Platform.Volunteers.Activities;

/// <summary>
/// One volunteer in one activity: signed up → checked in → checked out → hours confirmed, or cancelled, or a no-show.
/// Each transition returns why it is illegal (naming the field at fault), or null when it happened.
/// </summary>
public sealed class Participation
{
    /// <summary>How far a client's clock may run ahead of ours.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private const string VolunteerField = "volunteerId";
    private const string AtField = "at";

    private Participation()
    {
    }

    public Guid ActivityId { get; private init; }
    public Guid VolunteerId { get; private init; }
    public ParticipationStatus Status { get; private set; }
    public DateTimeOffset SignedUpAt { get; private set; }
    public DateTimeOffset? CheckedInAt { get; private set; }
    public DateTimeOffset? CheckedOutAt { get; private set; }
    public int? ConfirmedMinutes { get; private set; }
    public DateTimeOffset? ConfirmedAt { get; private set; }
    public uint Version { get; private set; }

    public bool HoldsAPlace => Status is not (ParticipationStatus.Cancelled or ParticipationStatus.NoShow);

    public int CheckedMinutes => CheckedInAt is { } i && CheckedOutAt is { } o ? (int)(o - i).TotalMinutes : 0;

    public static Participation SignUp(Guid activityId, Guid volunteerId, DateTimeOffset now) =>
        new() { ActivityId = activityId, VolunteerId = volunteerId, Status = ParticipationStatus.SignedUp, SignedUpAt = now };

    public void SignUpAgain(DateTimeOffset now)
    {
        Status = ParticipationStatus.SignedUp;
        SignedUpAt = now;
    }

    public Refusal? Cancel() => Status == ParticipationStatus.SignedUp ? Set(ParticipationStatus.Cancelled) : new(VolunteerField, "Only a sign-up not yet checked in can be cancelled.");

    public Refusal? CheckIn(Activity activity, DateTimeOffset at, DateTimeOffset now)
    {
        if (Status != ParticipationStatus.SignedUp)
        {
            return new(VolunteerField, Status == ParticipationStatus.Cancelled ? "The sign-up was cancelled." : "The volunteer has already checked in.");
        }

        if (at > now + ClockSkew || !activity.AcceptsCheckInAt(at))
        {
            return new(AtField, "Check-in is possible from 30 minutes before the start until the end of the activity, and not in the future.");
        }

        CheckedInAt = at;
        return Set(ParticipationStatus.CheckedIn);
    }

    public Refusal? CheckOut(Activity activity, DateTimeOffset at, DateTimeOffset now)
    {
        if (Status != ParticipationStatus.CheckedIn)
        {
            return new(VolunteerField, Status is ParticipationStatus.SignedUp or ParticipationStatus.Cancelled or ParticipationStatus.NoShow
                ? "The volunteer has not checked in."
                : "The volunteer has already checked out.");
        }

        if (at < CheckedInAt || at > now + ClockSkew || !activity.AcceptsCheckOutAt(at))
        {
            return new(AtField, "Check-out is after check-in, not in the future, and at most 2 hours after the end.");
        }

        CheckedOutAt = at;
        return Set(ParticipationStatus.CheckedOut);
    }

    public Refusal? ConfirmHours(int minutes, DateTimeOffset now)
    {
        if (Status != ParticipationStatus.CheckedOut)
        {
            return new(VolunteerField, Status == ParticipationStatus.Confirmed ? "The hours are already confirmed." : "The volunteer has not checked out.");
        }

        ConfirmedMinutes = minutes;
        ConfirmedAt = now;
        return Set(ParticipationStatus.Confirmed);
    }

    public void MarkNoShow() => Status = ParticipationStatus.NoShow;

    private Refusal? Set(ParticipationStatus status)
    {
        Status = status;
        return null;
    }
}

public enum ParticipationStatus
{
    SignedUp = 1,
    Cancelled = 2,
    CheckedIn = 3,
    CheckedOut = 4,
    Confirmed = 5,
    NoShow = 6,
}

/// <summary>Why a transition is illegal, and which request field it concerns.</summary>
