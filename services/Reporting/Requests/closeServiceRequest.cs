namespace Platform.Reporting.Requests;

public static class closeServiceRequest
{
    public static Task<Results<Ok<ServiceRequestResponse>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, TransitionRequest? request, ClaimsPrincipal user, ReportingDb db, [FromKeyedServices(ServiceRequest.Clock)] TimeProvider clock, CancellationToken ct) =>
        ServiceRequestSteps.MoveAsync(RequestState.Closed, id, request, user, db, clock, ct);
}
