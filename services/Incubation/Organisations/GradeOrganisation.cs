using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts;
using Platform.Incubation.Data;
using Platform.Incubation.Shared;
using Platform.Messaging;
using Platform.Security;
using Platform.ServiceDefaults.Problems;

namespace Platform.Incubation.Organisations;

/// <summary>A grade evaluation: <see cref="Grade"/> 1–5 stands for 1A–5A.</summary>
public sealed record GradeRequest(
    [Required, Range(1, 5)] int? Grade,
    [Required, Range(0, 100)] int? Score,
    [Required] DateOnly? EvaluatedOn,
    [StringLength(500)] string? Reason);

/// <summary>等级评估: records an evaluation in the organisation's grade history and publishes the grade.</summary>
public static class GradeOrganisation
{
    public static async Task<Results<Created<GradeResponse>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, GradeRequest request, ClaimsPrincipal user, IncubationDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.FindReachableAsync(id, user, cancellationToken) is not { } organisation)
        {
            return TypedResults.NotFound();
        }

        var errors = OrganisationGrade.Check(request.EvaluatedOn!.Value, clock.Today());
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!organisation.IsActive)
        {
            return new Refusal("state", $"Only a filed, incubating or graduated organisation is graded; this one is {organisation.State}.").ToConflict();
        }

        var now = clock.GetUtcNow();
        var grade = OrganisationGrade.Record(organisation.Id, request.Grade!.Value, request.Score!.Value, request.EvaluatedOn.Value,
            user.SubjectOf(), request.Reason, now);
        db.Grades.Add(grade);
        db.RequireUnchanged(organisation, nameof(SocialOrganisation.State));
        db.Publish(grade.Graded(organisation));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{IncubationService.Prefix}/organisations/{organisation.Id}", grade.ToResponse());
    }
}
