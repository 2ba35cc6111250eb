using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Incubation.Data;
using Platform.Incubation.Shared;
using Platform.Security;

namespace Platform.Incubation.Organisations;

/// <summary>出壳: the organisation leaves incubation.</summary>
public static class GraduateOrganisation
{
    public static Task<Results<Ok<OrganisationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, TransitionRequest request, ClaimsPrincipal user, IncubationDb db, TimeProvider clock, CancellationToken cancellationToken) =>
        LifecycleStep.RunAsync(id, request.Version, user, db, clock, (organisation, now) =>
            Task.FromResult(Outcome.Of(organisation.Graduate(user.SubjectOf(), request.Reason, now, out var graduated), graduated)),
            cancellationToken);
}
