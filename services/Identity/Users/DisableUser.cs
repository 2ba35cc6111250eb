using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Platform.Identity.Users;

public static class DisableUser
{
    /// <summary>The account gets no new tokens and its refresh tokens stop working; access tokens already issued expire on their own.</summary>
    public static async Task<Results<NoContent, NotFound>> HandleAsync(Guid id, ClaimsPrincipal caller, UserManager<PlatformUser> users)
    {
        if (await users.FindReachableAsync(caller, id) is not { } user)
        {
            return TypedResults.NotFound();
        }

        user.Disabled = true;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        return TypedResults.NoContent();
    }
}
