using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Platform.Identity.Shared;

namespace Platform.Identity.Users;

public sealed record ChangeAccessRequest(
    [Required, MinLength(1)] string[] Roles,
    [Required, StringLength(15, MinimumLength = 6)] string Region,
    Guid? OrganisationId,
    Guid? VolunteerId);

public static class ChangeUserAccess
{
    public static async Task<Results<Ok<UserResponse>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, ChangeAccessRequest request, ClaimsPrincipal caller, UserManager<PlatformUser> users)
    {
        if (await users.FindReachableAsync(caller, id) is not { } user || user.Id.ToString() == caller.FindFirstValue("sub"))
        {
            // Nobody widens their own access.
            return TypedResults.NotFound();
        }

        var errors = AccessRules.Check(caller, request.Roles, request.Region, request.OrganisationId, request.VolunteerId);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (AccessRules.OutOfReach(caller, request.Region) is { } outOfReach)
        {
            return outOfReach;
        }

        user.RegionCode = request.Region;
        user.OrganisationId = request.OrganisationId;
        user.VolunteerId = request.VolunteerId;
        var changed = await users.UpdateAsync(user);
        if (changed.Succeeded)
        {
            changed = await UserAccounts.ReplaceRolesAsync(users, user, request.Roles);
        }

        return changed.Succeeded ? TypedResults.Ok(user.ToResponse(request.Roles)) : TypedResults.ValidationProblem(changed.ToErrors());
    }
}
