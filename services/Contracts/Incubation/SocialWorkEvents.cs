namespace Platform.Contracts.Incubation;

/// <summary>A community's social work room (社工室) opened; one per community.</summary>
public sealed record SocialWorkRoomOpened(Guid RoomId, string CommunityCode, DateTimeOffset OpenedAt);

public sealed record SocialWorkerAssigned(
    Guid SocialWorkerId, Guid RoomId, string CommunityCode, SocialWorkerLevel Level, DateTimeOffset AssignedAt);

public sealed record SocialWorkerUnassigned(
    Guid SocialWorkerId, Guid RoomId, string CommunityCode, DateTimeOffset UnassignedAt);
