namespace Platform.Contracts.Volunteers;

/// <summary>A volunteer profile was created. Carries no personal data: consumers count, they do not identify.</summary>
public sealed record VolunteerRegistered(
    Guid VolunteerId, string CommunityCode, bool IsPartyMember, string Source, DateTimeOffset RegisteredAt);

public sealed record TeamFormed(
    Guid TeamId, string Name, TeamColour Colour, string CommunityCode, Guid LeaderId, DateTimeOffset FormedAt);

/// <summary>The organiser closed the activity: who took part and for how long, in person-times and minutes.</summary>
public sealed record ActivityCompleted(
    Guid ActivityId, ActivityCategory Category, string CommunityCode, Guid OrganiserTeamId,
    int Participants, int NoShows, DateTimeOffset CompletedAt);

public sealed record ServiceHoursConfirmed(
    Guid ActivityId, Guid VolunteerId, ActivityCategory Category, string CommunityCode,
    int Minutes, bool Adjusted, DateTimeOffset ConfirmedAt);
