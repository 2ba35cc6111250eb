namespace Platform.Reporting.Records;

/// <summary>
/// GET records?region=&amp;from=&amp;to=&amp;serviceKind=&amp;page=&amp;pageSize=: the records of a region's subtree (the caller's by
/// default) whose service date is in the range, newest service date first, then by id.
/// </summary>
public static class ListServiceRecords
{
    public static async Task<Results<Ok<Page<ServiceRecordResponse>>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        string? region, DateOnly? from, DateOnly? to, ServiceKind? serviceKind, int? page, int? pageSize,
        ClaimsPrincipal user, RegionDirectory regions, ReportingDb db, CancellationToken ct)
    {
        var (paging, dates) = (new PageRequest(page, pageSize), new DateRange(from, to));
        var (prefix, refusal) = await regions.ResolveListAsync(region, user, paging, ct, dates.Check());
        if (refusal is not null)
        {
            return refusal as ValidationProblem is { } invalid ? invalid : (ProblemHttpResult)refusal;
        }

        var query = db.ServiceRecords.AsNoTracking().Where(r => r.CommunityCode.StartsWith(prefix!)).OwnedBy(user);
        if (from is { } first)
        {
            query = query.Where(r => r.ServiceDate >= first);
        }

        if (to is { } last)
        {
            query = query.Where(r => r.ServiceDate <= last);
        }

        if (serviceKind is { } kind)
        {
            query = query.Where(r => r.ServiceKind == kind);
        }

        var rows = await query.OrderByDescending(r => r.ServiceDate).ThenByDescending(r => r.Id).ToPageAsync(paging, ct);
        return TypedResults.Ok(rows.Map(r => r.ToResponse()));
    }
}
