using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts;
using Platform.Incubation.Data;
using Platform.Incubation.Shared;
using Platform.Security;

namespace Platform.Incubation.Organisations;

/// <summary>备案: files the organisation with its street; a community social organisation without a credit code gets a filing number.</summary>
public static class FileOrganisation
{
    public static Task<Results<Ok<OrganisationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, TransitionRequest request, ClaimsPrincipal user, IncubationDb db, TimeProvider clock, CancellationToken cancellationToken) =>
        LifecycleStep.RunAsync(id, request.Version, user, db, clock, async (organisation, now) =>
        {
            var number = organisation is { IsRegistered: false, State: OrganisationState.Applied }
                ? await db.NextAsync(organisation.CommunityCode, clock.Today().Year, cancellationToken)
                : null;
            return Outcome.Of(organisation.File(number, user.SubjectOf(), request.Reason, now, out var filed), filed);
        }, cancellationToken);
}
