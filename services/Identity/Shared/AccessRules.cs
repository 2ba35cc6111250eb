using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.Identity.Shared;

/// <summary>What an account or client may be given, and by whom, as field → messages.</summary>
public static class AccessRules
{
    /// <summary>Roles only a city administrator may hand out.</summary>
    private static readonly HashSet<string> CityGranted = [PlatformRoles.CityAdmin, PlatformRoles.Auditor, PlatformRoles.DepartmentClient];

    public static Dictionary<string, string[]> Check(ClaimsPrincipal grantor, IReadOnlyList<string> roles, string region, Guid? organisationId, Guid? volunteerId)
    {
        var errors = new Dictionary<string, string[]>();
        if (roles.Count == 0 || roles.FirstOrDefault(r => !PlatformRoles.IsKnown(r)) is { } unknown && unknown is not null)
        {
            errors["roles"] = [$"Roles are one or more of: {string.Join(", ", PlatformRoles.All)}."];
        }
        else if (!grantor.IsInRole(PlatformRoles.CityAdmin) && roles.FirstOrDefault(CityGranted.Contains) is { } reserved)
        {
            errors["roles"] = [$"Only a city administrator grants the role {reserved}."];
        }

        if (RegionCode.LevelOf(region) is null)
        {
            errors["region"] = ["A region scope is a 6, 9, 12 or 15-digit region code."];
        }

        if (roles.Contains(PlatformRoles.OrganisationOperator) && organisationId is null)
        {
            errors["organisationId"] = ["An organisation operator names its organisation."];
        }

        if (roles.Contains(PlatformRoles.Volunteer) && volunteerId is null)
        {
            errors["volunteerId"] = ["A volunteer names their volunteer profile."];
        }

        return errors;
    }

    /// <summary>Nobody hands out a scope beyond their own: a 403 naming <c>region</c>, checked once the request is well formed.</summary>
    public static ProblemHttpResult? OutOfReach(ClaimsPrincipal grantor, string region) =>
        grantor.CanReach(region) ? null : ScopeProblems.OutOfReach("region");
}
