using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Incubation.Data;
using Platform.Incubation.Shared;
using Platform.Messaging;

namespace Platform.Incubation.Organisations;

/// <summary>A step of the lifecycle; <see cref="Version"/>, when given, must be the version the client read.</summary>
public sealed record TransitionRequest([StringLength(500)] string? Reason, uint? Version);

/// <summary>
/// What every lifecycle operation does around its step: finds the organisation within reach, holds the change to the
/// version the client read, and publishes the step's event with the move it records (who, when and why).
/// </summary>
public static class LifecycleStep
{
    public static async Task<Results<Ok<OrganisationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> RunAsync<TEvent>(
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
