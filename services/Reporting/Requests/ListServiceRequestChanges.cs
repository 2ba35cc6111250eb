namespace Platform.Reporting.Requests;

public static class ListServiceRequestChanges
{
    /// <summary>
    /// GET requests/changes?region=&amp;after=&amp;pageSize=: the requests of a region's subtree in the order their changes
    /// committed. A closed request stays in the list, so none is ever <c>removed</c>.
    /// </summary>
    public static Task<Results<Ok<ChangePage<ServiceRequestResponse>>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        string? region, string? after, int? pageSize, ClaimsPrincipal user, RegionDirectory regions, ReportingDb db,
        [FromKeyedServices(ServiceRequest.Clock)] TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return regions.ChangesInRegionAsync(db, region, after, pageSize, user,
            prefix => db.ServiceRequests.AsNoTracking().Where(r => r.CommunityCode.StartsWith(prefix)), r => r.Id, _ => false, r => r.ToResponse(now), ct);
    }
}
