using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.PartyBuilding.Shared;
using Platform.PartyBuilding.Compounds;
using Platform.PartyBuilding.Data;
using Platform.PartyBuilding.Organisations;

namespace Platform.PartyBuilding.Regions;

/// <summary>Live counts in a subtree, its root included.</summary>
/// <param name="Regions">Live regions per level (city, county, street, community, grid, compound).</param>
/// <param name="Committees">Compounds per residents' committee: owners' committee 业委会, property-management committee 物管委.</param>
/// <param name="Organisations">Active party organisations per kind (branches 党支部, committees 党委).</param>
/// <param name="MembersReported">Party members with an active dual report (双报到) to a community in the subtree.</param>
/// <param name="OrganisationsReported">Party organisations with an active dual report to a community in the subtree.</param>
public sealed record SubtreeResponse(
    RegionResponse Root,
    Dictionary<RegionLevel, int> Regions,
    Dictionary<CompoundCategory, int> CompoundsByCategory,
    int PilotCompounds,
    Dictionary<CompoundCommittee, int> Committees,
    Dictionary<PartyOrganisationKind, int> Organisations,
    int MembersReported,
    int OrganisationsReported,
    int GovernanceCentres,
    int LegalAdvisers);

public static class GetSubtree
{
    public static async Task<Results<Ok<SubtreeResponse>, NotFound>> HandleAsync(
        string code, ClaimsPrincipal user, PartyDb db, CancellationToken cancellationToken)
    {
        if (await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Code == code, cancellationToken) is not { } root
            || !(await db.ReachOfAsync(user, cancellationToken)).Covers(root))
        {
            return TypedResults.NotFound();
        }

        var prefix = Subtree.PrefixOf(root);
        var live = db.Regions.AsNoTracking().InSubtreeOf(root).Where(r => !r.Retired);
        var compounds = db.Compounds.AsNoTracking().Where(c => live.Any(r => r.Code == c.Code));
        var reports = db.DualReports.AsNoTracking().Where(r => r.WithdrawnAt == null && r.CommunityCode.StartsWith(prefix));

        return TypedResults.Ok(new SubtreeResponse(
            root.ToResponse(),
            await live.GroupBy(r => r.Level).ToDictionaryAsync(g => g.Key, g => g.Count(), cancellationToken),
            await compounds.GroupBy(c => c.Category).ToDictionaryAsync(g => g.Key, g => g.Count(), cancellationToken),
            await compounds.CountAsync(c => c.Pilot, cancellationToken),
            await compounds.Where(c => c.Committee != CompoundCommittee.None)
                .GroupBy(c => c.Committee).ToDictionaryAsync(g => g.Key, g => g.Count(), cancellationToken),
            await db.Organisations.AsNoTracking().Where(o => !o.Dissolved && live.Any(r => r.Code == o.RegionCode))
                .GroupBy(o => o.Kind).ToDictionaryAsync(g => g.Key, g => g.Count(), cancellationToken),
            await reports.CountAsync(r => r.MemberId != null, cancellationToken),
            await reports.CountAsync(r => r.OrganisationId != null, cancellationToken),
            await db.GovernanceCentres.CountAsync(c => c.RegionCode.StartsWith(prefix), cancellationToken),
            await db.LegalAdvisers.CountAsync(a => a.CommunityCode.StartsWith(prefix), cancellationToken)));
    }
}
