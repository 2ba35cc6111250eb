using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Incubation.Data;
using Platform.Incubation.Organisations;
using Platform.Incubation.Shared;
using Platform.Messaging;
using Platform.Security;

namespace Platform.Incubation.Projects;

/// <summary>What the project delivered (成果), at least one line.</summary>
public sealed record CompleteProjectRequest([Required, MinLength(1), MaxLength(50)] string[] Outputs, uint? Version);

/// <summary>Completes a project: staff of its region or the operator of its organisation.</summary>
public static class CompleteProject
{
    public static async Task<Results<Ok<ProjectResponse>, NotFound, ProblemHttpResult>> HandleAsync(
        Guid id, CompleteProjectRequest request, ClaimsPrincipal user, IncubationDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var project = await db.Projects.FindAsync([id], cancellationToken);
        if (project is null || !user.CanReachOrganisation(project.OrganisationId, project.CommunityCode))
        {
            return TypedResults.NotFound();
        }

        db.ExpectVersion(project, request.Version);
        if (project.Complete(request.Outputs, user.SubjectOf(), clock.GetUtcNow()) is { } refusal)
        {
            return refusal.ToConflict();
        }

        db.Publish(project.Completed());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(project.ToResponse());
    }
}
