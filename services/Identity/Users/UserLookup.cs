using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.Identity.Users;

internal static class UserLookup
{
    /// <summary>The account if the caller may see it (itself, or an account in the region of an account manager), else null (404).</summary>
    public static async Task<PlatformUser?> FindReachableAsync(this UserManager<PlatformUser> users, ClaimsPrincipal caller, Guid id)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return null;
        }

        var isSelf = caller.FindFirstValue(PlatformClaims.Subject) == user.Id.ToString();
        var manages = PlatformRoles.AccountAdmins.Any(caller.IsInRole) && caller.CanReach(user.RegionCode);
        return isSelf || manages ? user : null;
    }

    public static Dictionary<string, string[]> ToErrors(this IdentityResult result) =>
        result.Errors.GroupBy(e => e.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "userName")
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());

    public static bool IsDuplicate(this IdentityResult result) =>
        result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.DuplicateEmail));
}
