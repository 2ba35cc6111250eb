using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Incubation.Data;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.Incubation.Organisations;

public static class OrganisationAccess
{
    /// <summary>An organisation operator reaches only its own organisation; others by region.</summary>
    public static bool CanReachOrganisation(this ClaimsPrincipal user, Guid organisationId, string communityCode) =>
        user.IsInRole(PlatformRoles.OrganisationOperator)
            ? user.FindFirstValue(PlatformClaims.Organisation) == organisationId.ToString()
            : user.CanReach(communityCode);

    /// <summary>The organisation, tracked for a change, when it exists and the caller may reach it; otherwise null (a 404).</summary>
    public static async Task<SocialOrganisation?> FindReachableAsync(this IncubationDb db, Guid id, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await db.Organisations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken) is { } organisation
        && user.CanReachOrganisation(organisation.Id, organisation.CommunityCode)
            ? organisation
            : null;

    /// <summary>An organisation operator sees only its own organisation in any list.</summary>
    public static IQueryable<SocialOrganisation> VisibleTo(this IQueryable<SocialOrganisation> organisations, ClaimsPrincipal user) =>
        !user.IsInRole(PlatformRoles.OrganisationOperator) ? organisations
        : Guid.TryParse(user.FindFirstValue(PlatformClaims.Organisation), out var own) ? organisations.Where(o => o.Id == own)
        : organisations.Where(o => false);

    public static async Task<OrganisationGrade?> CurrentGradeAsync(this IncubationDb db, Guid organisationId, TimeProvider clock, CancellationToken cancellationToken) =>
        OrganisationGrade.CurrentOf(await db.Grades.AsNoTracking().Where(g => g.OrganisationId == organisationId).ToListAsync(cancellationToken), clock.Today());
}
