using Microsoft.AspNetCore.Identity;
using Platform.Identity.Connect;

namespace Platform.Identity.Users;

internal static class UserGrant
{
    public static async Task<AccessGrant> OfAsync(UserManager<PlatformUser> users, PlatformUser user) =>
        new(user.Id.ToString(), user.DisplayName, [.. await users.GetRolesAsync(user)], user.RegionCode, user.OrganisationId, user.VolunteerId);
}
