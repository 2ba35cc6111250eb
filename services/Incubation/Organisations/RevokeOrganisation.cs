using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Incubation.Data;
using Platform.Incubation.Shared;
using Platform.Security;

namespace Platform.Incubation.Organisations;

public sealed record RevokeRequest([Required, StringLength(500, MinimumLength = 2)] string Reason, uint? Version);

/// <summary>撤销: revokes the organisation from any state but revoked, with a reason.</summary>
public static class RevokeOrganisation
{
    public static Task<Results<Ok<OrganisationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, RevokeRequest request, ClaimsPrincipal user, IncubationDb db, TimeProvider clock, CancellationToken cancellationToken) =>
        LifecycleStep.RunAsync(id, request.Version, user, db, clock, (organisation, now) =>
            Task.FromResult(Outcome.Of(organisation.Revoke(user.SubjectOf(), request.Reason, now, out var revoked), revoked)),
            cancellationToken);
}
