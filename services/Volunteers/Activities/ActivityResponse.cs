using Platform.Contracts.Volunteers;

namespace Platform.Volunteers.Activities;

public sealed record ActivityResponse(
    Guid Id, string Title, ActivityCategory Category, Guid OrganiserTeamId, string CommunityCode,
    DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Capacity, int SignedUp, ActivityStatus Status, DateTimeOffset? CompletedAt, uint Version);

public sealed record ParticipationResponse(
    Guid ActivityId, Guid VolunteerId, ParticipationStatus Status, DateTimeOffset SignedUpAt,
    DateTimeOffset? CheckedInAt, DateTimeOffset? CheckedOutAt, int? ConfirmedMinutes, DateTimeOffset? ConfirmedAt, uint Version);

internal static class ActivityMapping
{
    public static ActivityResponse ToResponse(this Activity a) =>
        new(a.Id, a.Title, a.Category, a.OrganiserTeamId, a.CommunityCode, a.StartsAt, a.EndsAt, a.Capacity, a.SignedUp, a.Status, a.CompletedAt, a.Version);

    public static ParticipationResponse ToResponse(this Participation p) =>
        new(p.ActivityId, p.VolunteerId, p.Status, p.SignedUpAt, p.CheckedInAt, p.CheckedOutAt, p.ConfirmedMinutes, p.ConfirmedAt, p.Version);
}
