using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Platform.Identity.Users;

public static class GetUser
{
    public static async Task<Results<Ok<UserResponse>, NotFound>> HandleAsync(Guid id, ClaimsPrincipal caller, UserManager<PlatformUser> users) =>
        await users.FindReachableAsync(caller, id) is { } user
            ? TypedResults.Ok(user.ToResponse(await users.GetRolesAsync(user)))
            : TypedResults.NotFound();
}
