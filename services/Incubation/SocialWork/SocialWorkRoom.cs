using Platform.Contracts.Incubation;

namespace Platform.Incubation.SocialWork;

/// <summary>A community's social work room (社工室); a community has at most one (a unique index).</summary>
public sealed class SocialWorkRoom
{
    private SocialWorkRoom()
    {
    }

    public Guid Id { get; private init; }
    public string CommunityCode { get; private init; } = "";
    public string Name { get; private init; } = "";
    public string OpenedBy { get; private init; } = "";
    public DateTimeOffset OpenedAt { get; private init; }

    public static SocialWorkRoom Open(string communityCode, string name, string actor, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), CommunityCode = communityCode, Name = name.Trim(), OpenedBy = actor, OpenedAt = now };

    public SocialWorkRoomOpened Opened() => new(Id, CommunityCode, OpenedAt);
}
