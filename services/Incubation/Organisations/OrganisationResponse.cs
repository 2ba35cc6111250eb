using Platform.Contracts.Incubation;

namespace Platform.Incubation.Organisations;

public sealed record GradeResponse(Guid Id, int Grade, string Label, int Score, DateOnly EvaluatedOn, DateOnly ExpiresOn, string Actor, string? Reason, DateTimeOffset GradedAt);

/// <summary>An organisation as clients see it; the contact phone only masked.</summary>
public sealed record OrganisationResponse(
    Guid Id, string Name, OrganisationKind Kind, IReadOnlyList<string> Fields, string CommunityCode, string ContactName, string? ContactPhone,
    string? CreditCode, string? FilingNumber, OrganisationState State, Guid? CentreId, GradeResponse? CurrentGrade, DateTimeOffset AppliedAt, uint Version);

public sealed record TransitionResponse(Guid Id, OrganisationState? From, OrganisationState To, Guid? CentreId, string Actor, string? Reason, DateTimeOffset At);

public static class OrganisationMapping
{
    public static GradeResponse ToResponse(this OrganisationGrade g) =>
        new(g.Id, g.Grade, g.Label, g.Score, g.EvaluatedOn, g.ExpiresOn, g.Actor, g.Reason, g.GradedAt);

    public static OrganisationResponse ToResponse(this SocialOrganisation o, OrganisationGrade? currentGrade) =>
        new(o.Id, o.Name, o.Kind, o.Fields, o.CommunityCode, o.ContactName, o.ContactPhoneMasked, o.CreditCode, o.FilingNumber,
            o.State, o.CentreId, currentGrade?.ToResponse(), o.AppliedAt, o.Version);

    public static TransitionResponse ToResponse(this OrganisationTransition t) => new(t.Id, t.From, t.To, t.CentreId, t.Actor, t.Reason, t.At);
}
