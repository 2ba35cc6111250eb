namespace Platform.Reporting.Records;

public static class GetServiceRecord
{
    public static async Task<Results<Ok<ServiceRecordResponse>, NotFound>> HandleAsync(
        Guid id, ClaimsPrincipal user, ReportingDb db, CancellationToken cancellationToken) =>
        await db.ServiceRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is { } r && user.CanSee(r)
            ? TypedResults.Ok(r.ToResponse())
            : TypedResults.NotFound();
}
