namespace Platform.Reporting.Requests;

public static class resolveServiceRequest
{
    public static Task<Results<Ok<ServiceRequestResponse>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, TransitionRequest? request, ClaimsPrincipal user, ReportingDb db, [FromKeyedServices(ServiceRequest.Clock)] TimeProvider clock, CancellationToken ct) =>
        ServiceRequestSteps.MoveAsync(RequestState.Resolved, id, request, user, db, clock, ct);
}
