using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Data;
using Platform.Incubation.Data;
using Platform.RegionReplica.Queries;
using Platform.RegionReplica;

namespace Platform.Incubation.Organisations;

/// <summary>
/// The change feed of the organisation list, for departments keeping a copy: what changed after the token, in commit
/// order. A revoked organisation leaves the list (removed), with its last state. A new grade rewrites the organisation's
/// row (its state is held unchanged under its version), so it appears here too.
/// </summary>
public static class ListOrganisationChanges
{
    public static async Task<Results<Ok<ChangePage<OrganisationResponse>>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        [FromQuery(Name = "region")] string? region, [FromQuery(Name = "after")] string? after, [FromQuery(Name = "pageSize")] int? pageSize,
        ClaimsPrincipal user, IncubationDb db, RegionDirectory regions, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (feed, refusal) = await regions.ResolveChangesAsync(region, after, pageSize, user, cancellationToken);
        switch (refusal)
        {
            case ValidationProblem invalid:
                return invalid;
            case ProblemHttpResult problem:
                return problem;
        }

        var changes = await db.ReadChangesAsync(db.Organisations.AsNoTracking().Where(o => o.CommunityCode.StartsWith(feed!.Prefix)),
            feed!.After, feed.Size, o => o.Id, o => o.State == OrganisationState.Revoked, o => o, cancellationToken);
        var ids = changes.Items.Select(c => c.Id).ToList();
        var grades = (await db.Grades.AsNoTracking().Where(g => ids.Contains(g.OrganisationId)).ToListAsync(cancellationToken)).ToLookup(g => g.OrganisationId);
        var today = clock.Today();
        return TypedResults.Ok(new ChangePage<OrganisationResponse>(
            [.. changes.Items.Select(c => new Change<OrganisationResponse>(c.Id, c.Removed, c.Item.ToResponse(OrganisationGrade.CurrentOf(grades[c.Id], today))))],
            changes.Next, changes.HasMore));
    }
}
