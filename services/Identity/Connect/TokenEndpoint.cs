using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Platform.Identity.Users;
using Platform.Identity.Clients;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Identity.Connect;

/// <summary>
/// POST /connect/token after OpenIddict has checked the request: client credentials are granted the client's own roles
/// and scope; authorization codes and refresh tokens are re-issued with the user's current access, or refused when
/// the account has been disabled since.
/// </summary>
internal static class TokenEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext context, IOpenIddictApplicationManager applications, UserManager<PlatformUser> users)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict server request cannot be retrieved.");

        if (request.IsClientCredentialsGrantType())
        {
            var application = await applications.FindByClientIdAsync(request.ClientId!, context.RequestAborted);
            var access = application is null ? null : await ClientAccess.ReadAsync(applications, application, context.RequestAborted);
            if (access is null || access.Disabled)
            {
                return Refuse(Errors.InvalidClient, "The client is disabled.");
            }

            var grant = new AccessGrant(request.ClientId!, access.DisplayName, access.Roles, access.Region, access.OrganisationId, access.VolunteerId);
            return SignIn(grant.ToPrincipal(request.GetScopes()));
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var previous = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var user = previous.Principal?.GetClaim(Claims.Subject) is { } id ? await users.FindByIdAsync(id) : null;
            if (user is null || user.Disabled)
            {
                return Refuse(Errors.InvalidGrant, "The account no longer exists or is disabled.");
            }

            var grant = await UserGrant.OfAsync(users, user);
            return SignIn(grant.ToPrincipal(previous.Principal!.GetScopes()));
        }

        return Refuse(Errors.UnsupportedGrantType, "This grant type is not supported.");
    }

    private static IResult SignIn(System.Security.Claims.ClaimsPrincipal principal) =>
        Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);

    private static IResult Refuse(string error, string description) =>
        Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
