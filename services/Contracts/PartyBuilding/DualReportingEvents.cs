namespace Platform.Contracts.PartyBuilding;

/// <summary>
/// A party member reported to the community where they live (双报到). Carries the resident ID number so that the
/// Volunteers service can link or create the member's volunteer profile; consumers store it encrypted and never log it.
/// </summary>
public sealed record PartyMemberReported(
    Guid ReportId,
    Guid MemberId,
    string Name,
    string ResidentIdNumber,
    string? Phone,
    string CommunityCode,
    Guid? OrganisationId,
    DateTimeOffset ReportedAt);

/// <summary>The member's active report was withdrawn; history is kept in PartyBuilding.</summary>
public sealed record PartyMemberWithdrawn(
    Guid ReportId,
    Guid MemberId,
    string ResidentIdNumber,
    string CommunityCode,
    DateTimeOffset WithdrawnAt);
