using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts.Incubation;
using Platform.Incubation.Data;
using Platform.Incubation.Shared;
using Platform.Security;

namespace Platform.Incubation.Organisations;

public sealed record StartIncubationRequest([Required] Guid? CentreId, [StringLength(500)] string? Reason, uint? Version);

/// <summary>入驻孵化: the organisation enters incubation at a centre serving its community.</summary>
public static class StartIncubation
{
    public static Task<Results<Ok<OrganisationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, StartIncubationRequest request, ClaimsPrincipal user, IncubationDb db, TimeProvider clock, CancellationToken cancellationToken) =>
        LifecycleStep.RunAsync(id, request.Version, user, db, clock, async (organisation, now) =>
        {
            var centre = await db.Centres.FindAsync([request.CentreId!.Value], cancellationToken);
            if (centre is null || !centre.Serves(organisation.CommunityCode))
            {
                return Outcome.Invalid<OrganisationIncubationStarted>(Errors.Of("centreId",
                    centre is null ? "No incubation centre has this id." : "This centre serves another region."));
            }

            return Outcome.Of(organisation.StartIncubation(centre, user.SubjectOf(), request.Reason, now, out var started), started);
        }, cancellationToken);
}
