using Platform.Clients.Incubation.Models;

namespace Platform.Web.Features.Organisations;

/// <summary>A project being approved as the form holds it: the budget in yuan and days as the date pickers give them.</summary>
public sealed class ProjectDraft
{
    public ProjectKind? Kind { get; set; }
    public string? Title { get; set; }
    public string? CommunityCode { get; set; }
    public decimal? BudgetYuan { get; set; }
    public DateTime? StartsOn { get; set; }
    public DateTime? EndsOn { get; set; }
    public string? PartyOrganisationId { get; set; }

    public ApproveProjectRequest ToRequest(Guid organisationId) => new()
    {
        OrganisationId = organisationId,
        Kind = Kind,
        Title = Title ?? "",
        CommunityCode = CommunityCode,
        BudgetFen = BudgetYuan is { } yuan ? (long)decimal.Round(yuan * 100m) : null,
        StartsOn = Display.ToDate(StartsOn),
        EndsOn = Display.ToDate(EndsOn),
        PartyOrganisationId = Guid.TryParse(PartyOrganisationId?.Trim(), out var party) ? party : null,
    };
}
