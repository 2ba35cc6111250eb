namespace Platform.PartyBuilding.DualReports;

public sealed record DualReportResponse(
    Guid Id, Guid? MemberId, Guid? OrganisationId, string CommunityCode, DateTimeOffset ReportedAt, DateTimeOffset? WithdrawnAt, int Version);

public sealed record ReportRequest([System.ComponentModel.DataAnnotations.Required,
    System.ComponentModel.DataAnnotations.StringLength(12, MinimumLength = 12)] string CommunityCode);

internal static class DualReportMapping
{
    public static DualReportResponse ToResponse(this DualReport r) =>
        new(r.Id, r.MemberId, r.OrganisationId, r.CommunityCode, r.ReportedAt, r.WithdrawnAt, r.Version);
}
