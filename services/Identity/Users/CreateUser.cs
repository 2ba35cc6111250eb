using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Platform.Identity.Shared;

namespace Platform.Identity.Users;

public sealed record CreateUserRequest(
    [Required, StringLength(64, MinimumLength = 3), RegularExpression("^[A-Za-z0-9._-]+$")] string UserName,
    [Required, StringLength(100, MinimumLength = 1)] string DisplayName,
    [Required, StringLength(128, MinimumLength = 12)] string Password,
    [Required, MinLength(1)] string[] Roles,
    [Required, StringLength(15, MinimumLength = 6)] string Region,
    Guid? OrganisationId,
    Guid? VolunteerId);

public static class CreateUser
{
    public static async Task<Results<Created<UserResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        CreateUserRequest request, ClaimsPrincipal caller, UserManager<PlatformUser> users)
    {
        var errors = AccessRules.Check(caller, request.Roles, request.Region, request.OrganisationId, request.VolunteerId);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (AccessRules.OutOfReach(caller, request.Region) is { } outOfReach)
        {
            return outOfReach;
        }

        var user = new PlatformUser
        {
            UserName = request.UserName, DisplayName = request.DisplayName.Trim(), RegionCode = request.Region,
            OrganisationId = request.OrganisationId, VolunteerId = request.VolunteerId,
        };
        var created = await UserAccounts.CreateAsync(users, user, request.Password, request.Roles);
        if (created.IsDuplicate())
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The user name is taken.");
        }

        return created.Succeeded
            ? TypedResults.Created($"{IdentityService.Prefix}/users/{user.Id}", user.ToResponse(request.Roles))
            : TypedResults.ValidationProblem(created.ToErrors());
    }
}
