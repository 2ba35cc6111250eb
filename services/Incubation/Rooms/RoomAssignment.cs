using Platform.Contracts.Incubation;
using Platform.Incubation.Shared;
using Platform.Incubation.SocialWorkers;

namespace Platform.Incubation.Rooms;

/// <summary>
/// A period in which a social worker serves in a room. A worker has at most one open assignment (a unique index over
/// open rows), so two rooms cannot both claim the same worker.
/// </summary>
public sealed class RoomAssignment
{
    private RoomAssignment()
    {
    }

    public Guid Id { get; private init; }
    public Guid RoomId { get; private init; }
    public Guid SocialWorkerId { get; private init; }
    public string AssignedBy { get; private init; } = "";
    public DateTimeOffset AssignedAt { get; private init; }
    public string? UnassignedBy { get; private set; }
    public DateTimeOffset? UnassignedAt { get; private set; }
    public string? Reason { get; private set; }
    public uint Version { get; private set; }

    public static RoomAssignment Assign(Guid roomId, Guid socialWorkerId, string actor, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), RoomId = roomId, SocialWorkerId = socialWorkerId, AssignedBy = actor, AssignedAt = now };

    public void Unassign(string actor, string? reason, DateTimeOffset now)
    {
        UnassignedBy = actor;
        UnassignedAt = now;
        Reason = Text.Optional(reason);
    }

    public SocialWorkerAssigned Assigned(SocialWorkRoom room, SocialWorker worker) =>
        new(SocialWorkerId, RoomId, room.CommunityCode, worker.Level, AssignedAt);

    public SocialWorkerUnassigned Unassigned(SocialWorkRoom room) => new(SocialWorkerId, RoomId, room.CommunityCode, UnassignedAt!.Value);
}
