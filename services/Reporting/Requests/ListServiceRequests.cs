namespace Platform.Reporting.Requests;

public static class ListServiceRequests
{
    /// <summary>
    /// GET requests?region=&amp;from=&amp;to=&amp;state=&amp;overdue=true&amp;page=&amp;pageSize=: the requests of a region's subtree
    /// (the caller's by default) reported on the city days from..to, newest first, then by id. A volunteer or an
    /// organisation operator sees only the requests they reported.
    /// </summary>
    public static async Task<Results<Ok<Page<ServiceRequestResponse>>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        string? region, DateOnly? from, DateOnly? to, RequestState? state, bool? overdue, int? page, int? pageSize,
        ClaimsPrincipal user, RegionDirectory regions, ReportingDb db, [FromKeyedServices(ServiceRequest.Clock)] TimeProvider clock, CancellationToken ct)
    {
        var (paging, dates) = (new PageRequest(page, pageSize), new DateRange(from, to));
        var (prefix, refusal) = await regions.ResolveListAsync(region, user, paging, ct, dates.Check());
        if (refusal is not null)
        {
            return refusal as ValidationProblem is { } invalid ? invalid : (ProblemHttpResult)refusal;
        }

        var now = clock.GetUtcNow();
        var query = db.ServiceRequests.AsNoTracking().Where(r => r.CommunityCode.StartsWith(prefix!)).OwnedBy(user);
        if (dates.StartsAt is { } start)
        {
            query = query.Where(r => r.ReportedAt >= start);
        }

        if (dates.EndsBefore is { } end)
        {
            query = query.Where(r => r.ReportedAt < end);
        }

        if (state is { } wanted)
        {
            query = query.Where(r => r.State == wanted);
        }

        if (overdue == true)
        {
            query = query.Where(r => r.State != RequestState.Resolved && r.State != RequestState.Closed && r.Deadline < now);
        }

        var rows = await query.OrderByDescending(r => r.ReportedAt).ThenByDescending(r => r.Id).ToPageAsync(paging, ct);
        return TypedResults.Ok(rows.Map(r => r.ToResponse(now)));
    }
}
