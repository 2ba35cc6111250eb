using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Data;
using Platform.Incubation.Data;
using Platform.Incubation.Projects;

namespace Platform.Incubation.Organisations;

/// <summary>An organisation's projects in the order they start, paged like every list.</summary>
public static class ListOrganisationProjects
{
    public static async Task<Results<Ok<Page<ProjectResponse>>, ValidationProblem, NotFound>> HandleAsync(
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
