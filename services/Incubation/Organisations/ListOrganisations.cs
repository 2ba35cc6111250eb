using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Incubation;
using Platform.Contracts;
using Platform.Data;
using Platform.Incubation.Data;
using Platform.RegionReplica.Queries;
using Platform.RegionReplica;

namespace Platform.Incubation.Organisations;

/// <summary>
/// The filters of an organisation list; grade is the current grade (1–5), expired grades do not count; from–to are the
/// city days the organisation applied on, both inclusive.
/// </summary>
public sealed record OrganisationFilter(
    [FromQuery(Name = "region")] string? Region, [FromQuery(Name = "kind")] OrganisationKind? Kind, [FromQuery(Name = "grade")] int? Grade,
    [FromQuery(Name = "state")] OrganisationState? State, [FromQuery(Name = "from")] DateOnly? From, [FromQuery(Name = "to")] DateOnly? To)
{
    public DateRange Applied => new(From, To);
}

/// <summary>Organisations of a region subtree, by kind, current grade and state; an operator sees only its own.</summary>
public static class ListOrganisations
{
    public static async Task<Results<Ok<Page<OrganisationResponse>>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        [AsParameters] OrganisationFilter filter, [AsParameters] PageRequest page, ClaimsPrincipal user, IncubationDb db, RegionDirectory regions,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = filter.Applied.Check();
        if (filter.Grade is < 1 or > 5)
        {
            errors["grade"] = ["A grade is 1 to 5 (1A–5A)."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var today = clock.Today();
        return await regions.ListInRegionAsync(filter.Region, user, page,
            prefix => Filter(db, prefix, filter, today).VisibleTo(user).OrderBy(o => o.Id),
            async found =>
            {
                var ids = found.Items.Select(o => o.Id).ToList();
                var grades = (await db.Grades.AsNoTracking().Where(g => ids.Contains(g.OrganisationId)).ToListAsync(cancellationToken))
                    .ToLookup(g => g.OrganisationId);
                return found.Map(o => o.ToResponse(OrganisationGrade.CurrentOf(grades[o.Id], today)));
            }, cancellationToken);
    }

    private static IQueryable<SocialOrganisation> Filter(IncubationDb db, string prefix, OrganisationFilter filter, DateOnly today)
    {
        var query = db.Organisations.AsNoTracking().Where(o => o.CommunityCode.StartsWith(prefix)).Within(filter.Applied, o => o.AppliedAt);
        if (filter.Kind is { } kind)
        {
            query = query.Where(o => o.Kind == kind);
        }

        if (filter.State is { } state)
        {
            query = query.Where(o => o.State == state);
        }

        if (filter.Grade is { } grade)
        {
            query = query.Where(o => db.Grades
                .Where(g => g.OrganisationId == o.Id && g.EvaluatedOn <= today && g.ExpiresOn > today)
                .OrderByDescending(g => g.EvaluatedOn).ThenByDescending(g => g.GradedAt)
                .Select(g => (int?)g.Grade).FirstOrDefault() == grade);
        }

        return query;
    }
}
