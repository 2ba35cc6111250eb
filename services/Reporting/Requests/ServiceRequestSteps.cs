using System.ComponentModel.DataAnnotations;

namespace Platform.Reporting.Requests;

/// <summary>A step of the workflow; <c>version</c> (optional) is the version the client read, refused with 409 when stale.</summary>
public sealed record TransitionRequest([StringLength(200)] string? Assignee, [StringLength(2000)] string? Note, int? Version);

/// <summary>A step of the workflow: the request moved to the next state by whoever may see it.</summary>
public static class ServiceRequestSteps
{
    /// <summary>Moves the request to <paramref name="to"/>; <c>version</c>, when given, must be the one stored.</summary>
    public static async Task<Results<Ok<ServiceRequestResponse>, NotFound, ValidationProblem, ProblemHttpResult>> MoveAsync(
        RequestState to, Guid id, TransitionRequest? request, ClaimsPrincipal user, ReportingDb db, TimeProvider clock, CancellationToken ct)
    {
        if (to == RequestState.Assigned && string.IsNullOrWhiteSpace(request?.Assignee))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["assignee"] = ["Say to whom the request is assigned."] });
        }

        var serviceRequest = await db.ServiceRequests.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (serviceRequest is null || !user.CanSee(serviceRequest))
        {
            return TypedResults.NotFound();
        }

        if (request?.Version is { } read && read != serviceRequest.Version)
        {
            return StaleVersion();
        }

        var now = clock.GetUtcNow();
        if (serviceRequest.MoveTo(to, user.SubjectOf(), request?.Note, request?.Assignee, now) is { } refusal)
        {
            return ConflictProblem.For("state", refusal);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another step committed between our read and our write: the version this one started from is stale.
            return StaleVersion();
        }

        return TypedResults.Ok(serviceRequest.ToResponse(now));
    }

    private static ProblemHttpResult StaleVersion() =>
        ConflictProblem.For("version", "The record was changed since this version was read; read it again.");
}
