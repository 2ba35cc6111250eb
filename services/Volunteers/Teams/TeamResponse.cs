using Platform.Contracts.Volunteers;

namespace Platform.Volunteers.Teams;

public sealed record TeamResponse(Guid Id, string Name, TeamColour Colour, string CommunityCode, Guid LeaderId, DateTimeOffset FormedAt);

public sealed record MembershipResponse(Guid TeamId, Guid VolunteerId, DateTimeOffset JoinedAt, DateTimeOffset? LeftAt);

internal static class TeamMapping
{
    public static TeamResponse ToResponse(this Team t) => new(t.Id, t.Name, t.Colour, t.CommunityCode, t.LeaderId, t.FormedAt);

    public static MembershipResponse ToResponse(this TeamMembership m) => new(m.TeamId, m.VolunteerId, m.JoinedAt, m.LeftAt);
}
