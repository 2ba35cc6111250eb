using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Incubation.Data;
using Platform.Incubation.Projects;

namespace Platform.Incubation.Organisations;

/// <summary>An organisation's full record: its lifecycle, grade history and projects.</summary>
public sealed record OrganisationRecordResponse(
    OrganisationResponse Organisation, IReadOnlyList<TransitionResponse> Transitions, IReadOnlyList<GradeResponse> Grades,
    IReadOnlyList<ProjectResponse> Projects);

public static class GetOrganisation
{
    public static async Task<Results<Ok<OrganisationRecordResponse>, NotFound>> HandleAsync(
        Guid id, ClaimsPrincipal user, IncubationDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.FindReachableAsync(id, user, cancellationToken) is not { } organisation)
        {
            return TypedResults.NotFound();
        }

        var transitions = await db.Transitions.AsNoTracking().Where(t => t.OrganisationId == id).OrderBy(t => t.At).ToListAsync(cancellationToken);
        var grades = await db.Grades.AsNoTracking().Where(g => g.OrganisationId == id).OrderByDescending(g => g.EvaluatedOn).ToListAsync(cancellationToken);
        var projects = await db.Projects.AsNoTracking().Where(p => p.OrganisationId == id).OrderBy(p => p.StartsOn).ToListAsync(cancellationToken);
        return TypedResults.Ok(new OrganisationRecordResponse(
            organisation.ToResponse(OrganisationGrade.CurrentOf(grades, clock.Today())),
            [.. transitions.Select(t => t.ToResponse())], [.. grades.Select(g => g.ToResponse())], [.. projects.Select(p => p.ToResponse())]));
    }
}
