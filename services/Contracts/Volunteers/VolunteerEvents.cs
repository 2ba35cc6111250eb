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

/// <summary>
/// A bulk import wrote <see cref="Count"/> volunteers of one community (instead of one <c>VolunteerRegistered</c> each).
/// The import writes in batches, each its own transaction with its events; a community whose rows straddle a batch
/// boundary gets one event per batch, all with the same <see cref="ImportId"/>, so counters add them up.
/// </summary>
public sealed record VolunteersImported(Guid ImportId, string CommunityCode, int Count, int PartyMembers, DateTimeOffset ImportedAt);
