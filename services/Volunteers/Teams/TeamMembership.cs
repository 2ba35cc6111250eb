using Platform.Contracts.Volunteers;

namespace Platform.Volunteers.Teams;

/// <summary>A period of membership; leaving closes it, joining again opens a new one.</summary>
public sealed class TeamMembership
{
    private TeamMembership()
    {
    }

    public Guid Id { get; private init; }
    public Guid TeamId { get; private init; }
    public Guid VolunteerId { get; private init; }
    public DateTimeOffset JoinedAt { get; private init; }
    public DateTimeOffset? LeftAt { get; private set; }

    public static TeamMembership Join(Guid teamId, Guid volunteerId, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), TeamId = teamId, VolunteerId = volunteerId, JoinedAt = now };

    public void Leave(DateTimeOffset now) => LeftAt = now;
}
