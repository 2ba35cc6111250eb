using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Incubation.Data;
using Platform.Incubation.Organisations;
using Platform.ServiceDefaults.Security;

namespace Platform.Incubation.Projects;

public static class ProjectQueries
{
    public static async Task<Results<Ok<ProjectResponse>, NotFound>> GetAsync(Guid id, ClaimsPrincipal user, IncubationDb db, CancellationToken cancellationToken) =>
        await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is { } project
        && user.CanReachOrganisation(project.OrganisationId, project.CommunityCode)
            ? TypedResults.Ok(project.ToResponse())
            : TypedResults.NotFound();

    /// <summary>An organisation's project history, oldest first.</summary>
    public static async Task<Results<Ok<List<ProjectResponse>>, NotFound>> OfOrganisationAsync(
        Guid id, ClaimsPrincipal user, IncubationDb db, CancellationToken cancellationToken)
    {
        if (await db.FindReachableAsync(id, user, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var projects = await db.Projects.AsNoTracking().Where(p => p.OrganisationId == id).OrderBy(p => p.StartsOn).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(projects.Select(p => p.ToResponse()).ToList());
    }
}
