using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Incubation.Data;
using Platform.Incubation.Organisations;

namespace Platform.Incubation.Projects;

/// <summary>A project, for staff of its region or the operator of its organisation.</summary>
public static class GetProject
{
    public static async Task<Results<Ok<ProjectResponse>, NotFound>> HandleAsync(Guid id, ClaimsPrincipal user, IncubationDb db, CancellationToken cancellationToken) =>
        await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is { } project
        && user.CanReachOrganisation(project.OrganisationId, project.CommunityCode)
            ? TypedResults.Ok(project.ToResponse())
            : TypedResults.NotFound();
}
