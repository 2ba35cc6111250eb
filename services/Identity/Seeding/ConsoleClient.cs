using OpenIddict.Abstractions;
using Platform.Identity.Clients;
using Platform.ServiceDefaults.Http;

namespace Platform.Identity.Seeding;

/// <summary>
/// The staff web console's client, <c>platform-console</c>, at the platform's public origin. Written on every start:
/// the origin (and so the redirect URIs) and the secret may differ from the previous run.
/// </summary>
internal static class ConsoleClient
{
    public const string ClientId = "platform-console";

    public static async Task SaveAsync(IOpenIddictApplicationManager applications, IConfiguration configuration, string secret,
        CancellationToken cancellationToken)
    {
        var origin = PublicOrigin.Read(configuration);
        var descriptor = ClientRegistrar.Console(ClientId, secret, new Uri(origin, "signin-oidc"), new Uri(origin, "signout-callback-oidc"));
        if (await applications.FindByClientIdAsync(ClientId, cancellationToken) is { } existing)
        {
            await applications.UpdateAsync(existing, descriptor, cancellationToken);
        }
        else
        {
            await applications.CreateAsync(descriptor, cancellationToken);
        }
    }
}
