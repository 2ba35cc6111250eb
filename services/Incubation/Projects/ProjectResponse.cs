using Platform.Contracts.Incubation;

namespace Platform.Incubation.Projects;

public sealed record ProjectResponse(
    Guid Id, Guid OrganisationId, ProjectKind Kind, string Title, string CommunityCode, long BudgetFen, DateOnly StartsOn, DateOnly EndsOn,
    Guid? PartyOrganisationId, ProjectStatus Status, IReadOnlyList<string> Outputs, string ApprovedBy, DateTimeOffset ApprovedAt,
    string? CompletedBy, DateTimeOffset? CompletedAt, uint Version);

public static class ProjectMapping
{
    public static ProjectResponse ToResponse(this Project p) =>
        new(p.Id, p.OrganisationId, p.Kind, p.Title, p.CommunityCode, p.BudgetFen, p.StartsOn, p.EndsOn, p.PartyOrganisationId, p.Status,
            p.Outputs, p.ApprovedBy, p.ApprovedAt, p.CompletedBy, p.CompletedAt, p.Version);
}
