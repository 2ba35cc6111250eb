using Platform.Contracts.Incubation;

namespace Platform.Incubation.Rooms;

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

    /// <summary>"龙镇社区社工室", within the column's 100 characters however long the community's name.</summary>
    public static string DefaultName(string communityName)
    {
        var name = $"{communityName.Trim()}社工室";
        return name.Length <= 100 ? name : name[..100];
    }

    public SocialWorkRoomOpened Opened() => new(Id, CommunityCode, OpenedAt);
}
