namespace Platform.Reporting.Requests;

public static class acceptServiceRequest
{
    public static Task<Results<Ok<ServiceRequestResponse>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, TransitionRequest? request, ClaimsPrincipal user, ReportingDb db, [FromKeyedServices(ServiceRequest.Clock)] TimeProvider clock, CancellationToken ct) =>
        ServiceRequestSteps.MoveAsync(RequestState.Accepted, id, request, user, db, clock, ct);
}
