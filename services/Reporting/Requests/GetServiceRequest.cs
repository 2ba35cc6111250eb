namespace Platform.Reporting.Requests;

public static class GetServiceRequest
{
    public static async Task<Results<Ok<ServiceRequestResponse>, NotFound>> HandleAsync(
        Guid id, ClaimsPrincipal user, ReportingDb db, [FromKeyedServices(ServiceRequest.Clock)] TimeProvider clock, CancellationToken ct) =>
        await db.ServiceRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) is { } r && user.CanSee(r)
            ? TypedResults.Ok(r.ToResponse(clock.GetUtcNow()))
            : TypedResults.NotFound();
}
