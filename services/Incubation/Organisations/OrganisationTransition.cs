using Platform.Incubation.Shared;

namespace Platform.Incubation.Organisations;

/// <summary>One step of an organisation's lifecycle: who moved it, when, from where to where, and why.</summary>
public sealed class OrganisationTransition
{
    private OrganisationTransition()
    {
    }

    public Guid Id { get; private init; }
    public Guid OrganisationId { get; private init; }
    public OrganisationState? From { get; private init; }
    public OrganisationState To { get; private init; }
    public Guid? CentreId { get; private init; }
    public string Actor { get; private init; } = "";
    public string? Reason { get; private init; }
    public DateTimeOffset At { get; private init; }

    internal static OrganisationTransition Record(
        Guid organisationId, OrganisationState? from, OrganisationState to, Guid? centreId, string actor, string? reason, DateTimeOffset at) =>
        new()
        {
            Id = Guid.CreateVersion7(at), OrganisationId = organisationId, From = from, To = to, CentreId = centreId,
            Actor = actor, Reason = Text.Optional(reason), At = at,
        };
}
