using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Identity.Connect;

/// <summary>Who a token speaks for: subject, name, roles, region scope and, for operators and volunteers, their profile.</summary>
internal sealed record AccessGrant(string Subject, string Name, IReadOnlyList<string> Roles, string Region, Guid? OrganisationId, Guid? VolunteerId)
{
    /// <summary>Also in the id token, so that a client shows who is signed in and where without reading the access token, which is meant for APIs.</summary>
    private static readonly HashSet<string> IdentityClaims =
        [Claims.Subject, Claims.Name, Claims.Role, PlatformClaims.Region, PlatformClaims.Organisation, PlatformClaims.Volunteer];

    /// <summary>The principal OpenIddict signs into tokens: every claim into the access token, the identity claims also into the id token.</summary>
    public ClaimsPrincipal ToPrincipal(IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, Subject)
            .SetClaim(Claims.Name, Name)
            .SetClaims(Claims.Role, [.. Roles])
            .SetClaim(PlatformClaims.Region, Region)
            .SetClaim(PlatformClaims.Organisation, OrganisationId?.ToString())
            .SetClaim(PlatformClaims.Volunteer, VolunteerId?.ToString());
        identity.SetScopes(scopes);
        identity.SetDestinations(claim => IdentityClaims.Contains(claim.Type)
            ? [Destinations.AccessToken, Destinations.IdentityToken]
            : [Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }
}
