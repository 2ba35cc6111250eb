using Platform.ServiceDefaults.Problems;
using Platform.Messaging;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Incubation.Data;
using Platform.Incubation.Http;
using Platform.Contracts;
using Platform.ServiceDefaults.Http;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.Incubation.Organisations;

/// <summary>A step of the lifecycle; <see cref="Version"/>, when given, must be the version the client read.</summary>
public sealed record TransitionRequest([StringLength(500)] string? Reason, uint? Version);

public sealed record RevokeRequest([Required, StringLength(500, MinimumLength = 2)] string Reason, uint? Version);

public sealed record StartIncubationRequest([Required] Guid? CentreId, [StringLength(500)] string? Reason, uint? Version);

/// <summary>The lifecycle endpoints: each moves the organisation, records who, when and why, and publishes the step's event with it.</summary>
public static class Lifecycle
{
    public static Task<Results<Ok<OrganisationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> FileAsync(
        Guid id, TransitionRequest request, ClaimsPrincipal user, IncubationDb db, TimeProvider clock, CancellationToken cancellationToken) =>
        StepAsync(id, request.Version, user, db, clock, async (organisation, now) =>
        {
            var number = organisation is { IsRegistered: false, State: OrganisationState.Applied }
                ? await db.NextAsync(organisation.CommunityCode, clock.Today().Year, cancellationToken)
                : null;
            return Outcome.Of(organisation.File(number, user.SubjectOf(), request.Reason, now, out var filed), filed);
        }, cancellationToken);

    public static Task<Results<Ok<OrganisationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> StartIncubationAsync(
        Guid id, StartIncubationRequest request, ClaimsPrincipal user, IncubationDb db, TimeProvider clock, CancellationToken cancellationToken) =>
        StepAsync(id, request.Version, user, db, clock, async (organisation, now) =>
        {
            var centre = await db.Centres.FindAsync([request.CentreId!.Value], cancellationToken);
            if (centre is null || !centre.Serves(organisation.CommunityCode))
            {
                return Outcome.Invalid<Contracts.Incubation.OrganisationIncubationStarted>(Errors.Of("centreId",
                    centre is null ? "No incubation centre has this id." : "This centre serves another region."));
            }

            return Outcome.Of(organisation.StartIncubation(centre, user.SubjectOf(), request.Reason, now, out var started), started);
        }, cancellationToken);

    public static Task<Results<Ok<OrganisationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> GraduateAsync(
        Guid id, TransitionRequest request, ClaimsPrincipal user, IncubationDb db, TimeProvider clock, CancellationToken cancellationToken) =>
        StepAsync(id, request.Version, user, db, clock, (organisation, now) =>
            Task.FromResult(Outcome.Of(organisation.Graduate(user.SubjectOf(), request.Reason, now, out var graduated), graduated)),
            cancellationToken);

    public static Task<Results<Ok<OrganisationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> RevokeAsync(
        Guid id, RevokeRequest request, ClaimsPrincipal user, IncubationDb db, TimeProvider clock, CancellationToken cancellationToken) =>
        StepAsync(id, request.Version, user, db, clock, (organisation, now) =>
            Task.FromResult(Outcome.Of(organisation.Revoke(user.SubjectOf(), request.Reason, now, out var revoked), revoked)),
            cancellationToken);

    private static async Task<Results<Ok<OrganisationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> StepAsync<TEvent>(
        Guid id, uint? version, ClaimsPrincipal user, IncubationDb db, TimeProvider clock,
        Func<SocialOrganisation, DateTimeOffset, Task<Outcome<TEvent>>> step, CancellationToken cancellationToken) where TEvent : class
    {
        if (await db.FindReachableAsync(id, user, cancellationToken) is not { } organisation)
        {
            return TypedResults.NotFound();
        }

        db.ExpectVersion(organisation, version);
        var outcome = await step(organisation, clock.GetUtcNow());
        if (outcome.Invalid is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (outcome.Refusal is { } refusal)
        {
            return refusal.ToConflict();
        }

        db.Publish(outcome.Event!);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(organisation.ToResponse(await db.CurrentGradeAsync(organisation.Id, clock, cancellationToken)));
    }
}
