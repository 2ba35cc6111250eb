using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenIddict.Abstractions;
using Platform.Identity.Shared;

namespace Platform.Identity.Clients;

public sealed record CreateClientRequest(
    [Required, StringLength(64, MinimumLength = 3), RegularExpression("^[a-z0-9-]+$")] string ClientId,
    [Required, StringLength(100, MinimumLength = 1)] string DisplayName,
    [Required, MinLength(1)] string[] Roles,
    [Required, StringLength(15, MinimumLength = 6)] string Region,
    Guid? OrganisationId,
    Guid? VolunteerId);

public static class CreateClient
{
    public static async Task<Results<Created<CreatedClientResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        CreateClientRequest request, ClaimsPrincipal caller, IOpenIddictApplicationManager applications, CancellationToken cancellationToken)
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

        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var access = new ClientAccess(request.DisplayName.Trim(), request.Roles, request.Region, request.OrganisationId, request.VolunteerId, Disabled: false);
        if (await applications.FindByClientIdAsync(request.ClientId, cancellationToken) is not null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The client id is taken.");
        }

        // A concurrent create with the same id is stopped by OpenIddict's unique index and answered 409 by the platform's handler.
        await applications.CreateAsync(ClientRegistrar.Confidential(request.ClientId, secret, access), cancellationToken);
        return TypedResults.Created($"{IdentityService.Prefix}/clients/{request.ClientId}",
            new CreatedClientResponse(request.ClientId, access.DisplayName, access.Roles, access.Region, secret));
    }
}
