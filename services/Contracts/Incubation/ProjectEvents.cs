namespace Platform.Contracts.Incubation;

/// <summary>A project was approved; a red-pairing project names the community party organisation it pairs with.</summary>
public sealed record ProjectApproved(
    Guid ProjectId, Guid OrganisationId, ProjectKind Kind, string CommunityCode, long BudgetFen,
    DateOnly StartsOn, DateOnly EndsOn, Guid? PartyOrganisationId, DateTimeOffset ApprovedAt);

public sealed record ProjectCompleted(
    Guid ProjectId, Guid OrganisationId, ProjectKind Kind, string CommunityCode, DateTimeOffset CompletedAt);
