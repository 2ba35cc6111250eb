using Platform.Clients.Volunteers.Models;

namespace Platform.Web.Features.Volunteers;

/// <summary>
/// Which steps a participation may take next (signed up → checked in → checked out → hours confirmed), as the service's
/// rules allow them; the console offers only those, and the API stays the judge.
/// </summary>
public static class ParticipationActions
{
    public static bool MayCancel(ParticipationResponse participation, ActivityResponse activity) =>
        activity.Status == ActivityStatus.Open && participation.Status == ParticipationStatus.SignedUp;

    public static bool MayCheckIn(ParticipationResponse participation, ActivityResponse activity) =>
        activity.Status == ActivityStatus.Open && participation.Status == ParticipationStatus.SignedUp;

    public static bool MayCheckOut(ParticipationResponse participation) => participation.Status == ParticipationStatus.CheckedIn;

    public static bool MayConfirmHours(ParticipationResponse participation) => participation.Status == ParticipationStatus.CheckedOut;

    /// <summary>Minutes between check-in and check-out, what the organiser confirms unless they give a reason.</summary>
    public static int CheckedMinutes(ParticipationResponse participation) =>
        participation is { CheckedInAt: { } checkedIn, CheckedOutAt: { } checkedOut } ? (int)(checkedOut - checkedIn).TotalMinutes : 0;

    public static bool MaySignUp(ActivityResponse activity) =>
        activity.Status == ActivityStatus.Open && activity.SignedUp < activity.Capacity && DateTimeOffset.UtcNow < activity.EndsAt;

    public static bool MayComplete(ActivityResponse activity) =>
        activity.Status == ActivityStatus.Open && DateTimeOffset.UtcNow >= activity.StartsAt;
}
