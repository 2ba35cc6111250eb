namespace Platform.Incubation.Rooms;

public sealed record RoomResponse(Guid Id, string CommunityCode, string Name, DateTimeOffset OpenedAt, IReadOnlyList<AssignmentResponse> Workers);

public sealed record AssignmentResponse(Guid Id, Guid RoomId, Guid SocialWorkerId, string AssignedBy, DateTimeOffset AssignedAt,
    string? UnassignedBy, DateTimeOffset? UnassignedAt, string? Reason, uint Version);

public static class RoomMapping
{
    public static AssignmentResponse ToResponse(this RoomAssignment a) =>
        new(a.Id, a.RoomId, a.SocialWorkerId, a.AssignedBy, a.AssignedAt, a.UnassignedBy, a.UnassignedAt, a.Reason, a.Version);

    public static RoomResponse ToResponse(this SocialWorkRoom r, IEnumerable<RoomAssignment> open) =>
        new(r.Id, r.CommunityCode, r.Name, r.OpenedAt, [.. open.Select(a => a.ToResponse())]);
}
