using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Data;
using Platform.RegionReplica.Queries;
using Platform.Incubation.Data;
using Platform.Incubation.Organisations;
using Platform.Security;
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
    /// <summary>An organisation's projects in the order they start, paged like every list.</summary>
    public static async Task<Results<Ok<Page<ProjectResponse>>, ValidationProblem, NotFound>> OfOrganisationAsync(
        Guid id, ClaimsPrincipal user, IncubationDb db, CancellationToken cancellationToken, int? page = null, int? pageSize = null)
    {
        var paging = new PageRequest(page, pageSize);
        if (paging.Check() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await db.FindReachableAsync(id, user, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var projects = await db.Projects.AsNoTracking().Where(p => p.OrganisationId == id).OrderBy(p => p.StartsOn).ThenBy(p => p.Id)
            .ToPageAsync(paging, cancellationToken);
        return TypedResults.Ok(projects.Map(p => p.ToResponse()));
    }
}
