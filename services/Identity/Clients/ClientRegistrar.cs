using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Identity.Clients;

/// <summary>Creates and changes OpenIddict applications: confidential clients for departments, public PKCE clients for web and mobile.</summary>
internal static class ClientRegistrar
{
    public static OpenIddictApplicationDescriptor Confidential(string clientId, string secret, ClientAccess access)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = access.DisplayName,
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials, Permissions.Prefixes.Scope + "platform" },
        };
        access.WriteTo(descriptor);
        return descriptor;
    }

    /// <summary>A web or mobile app: authorization code with PKCE and refresh tokens, no secret.</summary>
    public static OpenIddictApplicationDescriptor Public(string clientId, string displayName, IEnumerable<Uri> redirectUris)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientType = ClientTypes.Public,
            DisplayName = displayName,
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code, Permissions.Prefixes.Scope + "platform",
                Permissions.Scopes.Profile, Permissions.Scopes.Roles,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var uri in redirectUris)
        {
            descriptor.RedirectUris.Add(uri);
        }

        return descriptor;
    }

    /// <summary>
    /// The staff web console, a server-side app that keeps its tokens: authorization code with PKCE and a secret, refresh
    /// tokens, revocation and end-session back to its own sign-out callback.
    /// </summary>
    public static OpenIddictApplicationDescriptor Console(string clientId, string secret, Uri redirectUri, Uri postLogoutRedirectUri) =>
        new()
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "Staff web console 工作台",
            RedirectUris = { redirectUri },
            PostLogoutRedirectUris = { postLogoutRedirectUri },
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token,
                Permissions.Endpoints.Revocation, Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code, Permissions.Prefixes.Scope + "platform", Permissions.Scopes.Profile,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
}
