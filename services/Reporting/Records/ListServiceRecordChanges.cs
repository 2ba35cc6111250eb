namespace Platform.Reporting.Records;

/// <summary>
/// GET records/changes?region=&amp;after=&amp;pageSize=: the records of a region's subtree in the order their changes committed
/// (docs/api.md, section 6). A record is never withdrawn once filed, so none is ever <c>removed</c>.
/// </summary>
public static class ListServiceRecordChanges
{
    public static Task<Results<Ok<ChangePage<ServiceRecordResponse>>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        string? region, string? after, int? pageSize, ClaimsPrincipal user, RegionDirectory regions, ReportingDb db, CancellationToken ct) =>
        regions.ChangesInRegionAsync(db, region, after, pageSize, user,
            prefix => db.ServiceRecords.AsNoTracking().Where(r => r.CommunityCode.StartsWith(prefix)), r => r.Id, _ => false, r => r.ToResponse(), ct);
}
