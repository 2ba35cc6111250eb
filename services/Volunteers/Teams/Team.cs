using Platform.Contracts.Volunteers;

namespace Platform.Volunteers.Teams;

/// <summary>A volunteer team of one of the five colours (五彩志愿服务队), based in a community, with a leader.</summary>
public sealed class Team
{
    private Team()
    {
    }

    public Guid Id { get; private init; }
    public string Name { get; private init; } = "";
    public TeamColour Colour { get; private init; }
    public string CommunityCode { get; private init; } = "";
    public Guid LeaderId { get; private init; }
    public DateTimeOffset FormedAt { get; private init; }

    public static Team Form(string name, TeamColour colour, string communityCode, Guid leaderId, DateTimeOffset now, Guid? id = null) =>
        new() { Id = id ?? Guid.CreateVersion7(now), Name = name.Trim(), Colour = colour, CommunityCode = communityCode, LeaderId = leaderId, FormedAt = now };

    public TeamFormed Formed() => new(Id, Name, Colour, CommunityCode, LeaderId, FormedAt);
}
