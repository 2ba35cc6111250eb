namespace Platform.Contracts.PartyBuilding;

/// <summary>A party organisation was established (党组织成立) at a region, under its parent organisation.</summary>
public sealed record PartyOrganisationEstablished(
    Guid OrganisationId,
    string Name,
    string Kind,
    string RegionCode,
    Guid? ParentId,
    string Secretary,
    DateOnly FoundedOn,
    DateTimeOffset OccurredAt);

public sealed record PartyOrganisationDissolved(Guid OrganisationId, string Kind, string RegionCode, DateTimeOffset OccurredAt);

/// <summary>A party organisation reported to the community where it is located (单位双报到).</summary>
public sealed record PartyOrganisationReported(Guid ReportId, Guid OrganisationId, string Name, string CommunityCode, DateTimeOffset ReportedAt);

public sealed record PartyOrganisationReportWithdrawn(Guid ReportId, Guid OrganisationId, string CommunityCode, DateTimeOffset WithdrawnAt);
