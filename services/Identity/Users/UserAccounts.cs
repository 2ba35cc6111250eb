using Microsoft.AspNetCore.Identity;

namespace Platform.Identity.Users;

internal static class UserAccounts
{
    /// <summary>Creates the user and its roles; roles that do not exist yet are created (they are the fixed platform roles).</summary>
    public static async Task<IdentityResult> CreateAsync(UserManager<PlatformUser> users, PlatformUser user, string password, IEnumerable<string> roles)
    {
        var created = await users.CreateAsync(user, password);
        return created.Succeeded ? await users.AddToRolesAsync(user, roles) : created;
    }

    public static async Task<IdentityResult> ReplaceRolesAsync(UserManager<PlatformUser> users, PlatformUser user, IEnumerable<string> roles)
    {
        var removed = await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        return removed.Succeeded ? await users.AddToRolesAsync(user, roles) : removed;
    }
}
