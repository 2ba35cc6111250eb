using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.Volunteers.Shared;

/// <summary>
/// The service's side of region scope (docs/api.md, section 1). Volunteers, teams and activities belong to a
/// community; a caller reaches those in its region's subtree, a volunteer only their own profile and records, and an
/// organisation operator none: it has no records of its own in this service.
/// </summary>
public static class Reach
{
    /// <summary>The prefix every community code in the caller's subtree starts with, for queries; null for no region.</summary>
    public static string? SubtreePrefix(this ClaimsPrincipal user) =>
        user.RegionOf() is { } region && RegionCode.LevelOf(region) is { } level ? RegionCode.SubtreePrefix(region, level) : null;

    /// <summary>True when the caller may see the volunteer's personal records (profile, history, points).</summary>
    public static bool CanSeeVolunteer(this ClaimsPrincipal user, Guid volunteerId, string communityCode) =>
        !user.IsInRole(PlatformRoles.OrganisationOperator) && user.CanReachVolunteer(volunteerId, communityCode);

    /// <summary>
    /// The part of <see cref="MayActFor"/> known before the volunteer is loaded: a volunteer acts only for themselves,
    /// an organisation operator for nobody, anyone else for any volunteer of their region.
    /// </summary>
    public static bool MayActForVolunteer(this ClaimsPrincipal user, Guid volunteerId) =>
        !user.IsInRole(PlatformRoles.OrganisationOperator)
        && (!user.IsInRole(PlatformRoles.Volunteer) || user.FindFirstValue(PlatformClaims.Volunteer) == volunteerId.ToString());

    /// <summary>
    /// True when the caller may sign up, check in, join or leave for this volunteer: a volunteer only for themselves, an
    /// organisation operator for nobody, staff for a volunteer of their region.
    /// </summary>
    public static bool MayActFor(this ClaimsPrincipal user, Guid volunteerId, string? volunteerCommunity) =>
        user.MayActForVolunteer(volunteerId) && (user.IsInRole(PlatformRoles.Volunteer) || user.CanReach(volunteerCommunity));

    /// <summary>The 403 for a region the request names out of the caller's subtree.</summary>
    public static ProblemHttpResult OutOfReach(string field) => ScopeProblems.OutOfReach(field);
}
