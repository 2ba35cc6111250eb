using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Data;
using Platform.Incubation.Centres;
using Platform.Incubation.Data;
using Platform.Incubation.Shared;
using Platform.Messaging;
using Platform.PersonalData;
using Platform.Security;

namespace Platform.Incubation.Organisations.Import;

/// <summary>
/// Bulk import (for the city's seed data and departments' registers): every row is checked first and any bad row
/// rejects the whole import (400 naming "organisations[i].field"); then all rows are written in one transaction, each
/// organisation walking its lifecycle through the same entity rules and publishing the same events as one by one.
/// </summary>
public static class ImportOrganisations
{
    public const int MaxRows = 10_000;

    public static async Task<Results<Ok<OrganisationImportReport>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        ImportOrganisationsRequest request, ClaimsPrincipal user, IncubationDb db, PersonalDataProtector protector, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var rows = request.Organisations;
        var outOfReach = rows.FindIndex(r => r is not null && !user.CanReach(r.Organisation.CommunityCode));
        if (outOfReach >= 0)
        {
            return ScopeProblems.OutOfReach($"organisations[{outOfReach}].organisation.communityCode");
        }

        var live = (await db.ReplicatedRegions.AsNoTracking().Where(r => r.Level == RegionLevel.Community && !r.Retired).Select(r => r.Code)
            .ToListAsync(cancellationToken)).ToHashSet();
        var centres = (await db.Centres.ToListAsync(cancellationToken)).ToDictionary(c => c.Name);
        var today = clock.Today();
        var errors = new Errors();
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i] is null)
            {
                errors[$"organisations[{i}]"] = ["A row cannot be null."];
                continue;
            }

            errors.Nest($"organisations[{i}]", Check(rows[i], live, centres, today));
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var filingNumbers = new Queue<long>(await db.TakeAsync(rows.Count(NeedsFilingNumber), cancellationToken));
        var now = clock.GetUtcNow();
        var events = 0;
        foreach (var row in rows)
        {
            var organisation = row.Organisation.ToOrganisation(protector, user.SubjectOf(), now);
            db.Organisations.Add(organisation);
            var number = NeedsFilingNumber(row) ? FilingNumbers.Format(organisation.CommunityCode, today.Year, filingNumbers.Dequeue()) : null;
            events += Walk(db, organisation, row, number, row.CentreName is null ? null : centres[row.CentreName], user.SubjectOf(), now);
            if (row.Grade is { } g)
            {
                var grade = OrganisationGrade.Record(organisation.Id, g.Grade!.Value, g.Score!.Value, g.EvaluatedOn!.Value, user.SubjectOf(), organisation.Transitions[0].Reason, now);
                db.Grades.Add(grade);
                db.Publish(grade.Graded(organisation));
                events++;
            }
        }

        if (await db.SaveOrRefuseAsync(UniqueRefusals.ByIndex, cancellationToken) is { } duplicate)
        {
            return duplicate.ToConflict();
        }

        return TypedResults.Ok(new OrganisationImportReport(rows.Count,
            rows.GroupBy(r => r.State!.Value).ToDictionary(g => g.Key, g => g.Count()), rows.Count(r => r.Grade is not null), events));
    }

    private static Errors Check(OrganisationRow row, HashSet<string> live, Dictionary<string, IncubationCentre> centres, DateOnly today)
    {
        var application = row.Organisation;
        var errors = new Errors().Nest("organisation", application.Check(live.Contains(application.CommunityCode)));
        var needsCentre = row.State is OrganisationState.Incubating or OrganisationState.Graduated;
        var centre = row.CentreName is null ? null : centres.GetValueOrDefault(row.CentreName);
        errors.When(needsCentre && centre is null, "centreName", "An incubating or graduated organisation names an existing centre.")
            .When(centre is not null && !centre.Serves(application.CommunityCode), "centreName", "This centre serves another region.")
            .When(row.State == OrganisationState.Revoked && string.IsNullOrWhiteSpace(application.Reason), "organisation.reason", "A revoked organisation gives the reason.")
            .When(row.Grade is not null && row.State is OrganisationState.Applied or OrganisationState.Revoked, "grade",
                "Only a filed, incubating or graduated organisation is graded.");
        return row.Grade is { EvaluatedOn: { } evaluatedOn } ? errors.Nest("grade", OrganisationGrade.Check(evaluatedOn, today)) : errors;
    }

    /// <summary>Moves a new organisation from applied to its target state, publishing each step's event; returns how many.</summary>
    private static int Walk(IncubationDb db, SocialOrganisation organisation, OrganisationRow row, string? filingNumber, IncubationCentre? centre, string actor, DateTimeOffset now)
    {
        var key = organisation.Id.ToString();
        var target = row.State!.Value;
        var reason = row.Organisation.Reason;
        var published = 0;
        // A revoked row is revoked as applied: a register of revoked organisations does not say whether they were filed.
        if (target is OrganisationState.Filed or OrganisationState.Incubating or OrganisationState.Graduated)
        {
            organisation.File(filingNumber, actor, reason, now, out var filed);
            db.Publish(filed!);
            published++;
        }

        if (target is OrganisationState.Incubating or OrganisationState.Graduated)
        {
            organisation.StartIncubation(centre!, actor, reason, now, out var started);
            db.Publish(started!);
            published++;
        }

        if (target == OrganisationState.Graduated)
        {
            organisation.Graduate(actor, reason, now, out var graduated);
            db.Publish(graduated!);
            published++;
        }

        if (target == OrganisationState.Revoked)
        {
            organisation.Revoke(actor, reason!, now, out var revoked);
            db.Publish(revoked!);
            published++;
        }

        return published;
    }

    private static bool NeedsFilingNumber(OrganisationRow row) =>
        row.Organisation.Kind == Contracts.Incubation.OrganisationKind.CommunitySocialOrganisation && row.State is not OrganisationState.Applied and not OrganisationState.Revoked;
}
