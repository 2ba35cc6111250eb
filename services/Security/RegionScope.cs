using Platform.ServiceDefaults.Security;
using System.Security.Claims;
using Platform.Contracts;

namespace Platform.Security;

/// <summary>
/// The record-level half of authorization: a caller sees and changes only records whose region code lies in the
/// subtree of its <c>region</c> claim, and a volunteer or organisation operator only their own profile.
/// Handlers answer 404 for a record out of reach (so its existence is not disclosed) and 403 for a write into
/// another region.
/// </summary>
public static class RegionScope
{
    public static string? RegionOf(this ClaimsPrincipal user) => user.FindFirstValue(PlatformClaims.Region);

    /// <summary>True when <paramref name="regionCode"/> (a community's, a street's, …) lies within the caller's scope.</summary>
    public static bool CanReach(this ClaimsPrincipal user, string? regionCode) =>
        regionCode is not null && user.RegionOf() is { } scope && RegionCode.IsWithin(regionCode, scope);

    /// <summary>
    /// A volunteer reaches only the profile named by its <c>volunteer_id</c> claim; staff of the region reach any
    /// profile in it. Department clients and auditors read within their region too.
    /// </summary>
    public static bool CanReachVolunteer(this ClaimsPrincipal user, Guid volunteerId, string communityCode) =>
        user.IsInRole(PlatformRoles.Volunteer)
            ? user.FindFirstValue(PlatformClaims.Volunteer) == volunteerId.ToString()
            : user.CanReach(communityCode);

    /// <summary>A volunteer signs up, checks in and cancels only for themselves; others act for anyone they can reach.</summary>
    public static bool MayActFor(this ClaimsPrincipal user, Guid volunteerId) =>
        !user.IsInRole(PlatformRoles.Volunteer) || user.FindFirstValue(PlatformClaims.Volunteer) == volunteerId.ToString();

    public static string SubjectOf(this ClaimsPrincipal user) =>
        user.FindFirstValue(PlatformClaims.Subject) ?? user.FindFirstValue(PlatformClaims.ClientId) ?? "anonymous";
}
