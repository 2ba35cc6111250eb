using Platform.Contracts.Incubation;
using Platform.Incubation.Shared;
using Platform.ServiceDefaults.Problems;

namespace Platform.Incubation.Projects;

/// <summary>
/// A project an organisation runs in a community: a public-benefit venture (公益创投), a government purchase of
/// services (政府购买服务) or a red pairing (红色联姻) with a community party organisation. Budget in fen.
/// </summary>
public sealed class Project
{
    private Project()
    {
    }

    public Guid Id { get; private init; }
    public Guid OrganisationId { get; private init; }
    public ProjectKind Kind { get; private init; }
    public string Title { get; private init; } = "";
    public string CommunityCode { get; private init; } = "";
    public long BudgetFen { get; private init; }
    public DateOnly StartsOn { get; private init; }
    public DateOnly EndsOn { get; private init; }
    public Guid? PartyOrganisationId { get; private init; }
    public ProjectStatus Status { get; private set; }
    public List<string> Outputs { get; private set; } = [];
    public string ApprovedBy { get; private init; } = "";
    public DateTimeOffset ApprovedAt { get; private init; }
    public string? CompletedBy { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public uint Version { get; private set; }

    /// <summary>
    /// The rules of a new project beyond its shape. <paramref name="partyOrganisationKnown"/> says whether the named
    /// party organisation is live in the project's community, by this service's replica of PartyBuilding's events.
    /// </summary>
    public static Errors Check(ProjectKind kind, DateOnly startsOn, DateOnly endsOn, bool communityIsLive, Guid? partyOrganisationId, bool partyOrganisationKnown) =>
        new Errors()
            .When(endsOn < startsOn, "endsOn", "A project ends on or after the day it starts.")
            .When(!communityIsLive, "communityCode", "No live community (社区) has this code.")
            .When(kind == ProjectKind.RedPairing && partyOrganisationId is null, "partyOrganisationId",
                "A red-pairing project names the community party organisation it pairs with.")
            .When(kind != ProjectKind.RedPairing && partyOrganisationId is not null, "partyOrganisationId",
                "Only a red-pairing project names a party organisation.")
            .When(kind == ProjectKind.RedPairing && partyOrganisationId is not null && !partyOrganisationKnown, "partyOrganisationId",
                "No live party organisation of this community has this id.");

    public static Project Approve(
        Guid organisationId, ProjectKind kind, string title, string communityCode, long budgetFen, DateOnly startsOn, DateOnly endsOn,
        Guid? partyOrganisationId, string actor, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(now), OrganisationId = organisationId, Kind = kind, Title = title.Trim(), CommunityCode = communityCode,
            BudgetFen = budgetFen, StartsOn = startsOn, EndsOn = endsOn, PartyOrganisationId = partyOrganisationId,
            Status = ProjectStatus.Approved, ApprovedBy = actor, ApprovedAt = now,
        };

    public Refusal? Complete(IEnumerable<string> outputs, string actor, DateTimeOffset now)
    {
        if (Status != ProjectStatus.Approved)
        {
            return new Refusal("status", $"Only an approved project can be completed; this one is {Status}.");
        }

        Status = ProjectStatus.Completed;
        Outputs = TextList.Normalise(outputs);
        CompletedBy = actor;
        CompletedAt = now;
        return null;
    }

    public ProjectApproved Approved() =>
        new(Id, OrganisationId, Kind, CommunityCode, BudgetFen, StartsOn, EndsOn, PartyOrganisationId, ApprovedAt);

    public ProjectCompleted Completed() => new(Id, OrganisationId, Kind, CommunityCode, CompletedAt!.Value);
}
