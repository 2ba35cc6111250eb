using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Platform.Identity.Connect;

/// <summary>
/// The discovery document names every endpoint under the issuer, the platform's public address (the gateway), whoever
/// asks: left alone, OpenIddict would build them from the request's host, which behind the gateway is Identity's own
/// internal address. Requests still match their endpoints by path, so Identity answers internal callers too.
/// </summary>
internal static class PublicEndpoints
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<HandleConfigurationRequestContext>()
            .UseInlineHandler(context =>
            {
                var issuer = context.Options.Issuer
                    ?? throw new InvalidOperationException("Identity's issuer must be set to the platform's public address.");
                var options = context.Options;
                context.AuthorizationEndpoint = Under(issuer, options.AuthorizationEndpointUris);
                context.TokenEndpoint = Under(issuer, options.TokenEndpointUris);
                context.JsonWebKeySetEndpoint = Under(issuer, options.JsonWebKeySetEndpointUris);
                context.EndSessionEndpoint = Under(issuer, options.EndSessionEndpointUris);
                context.IntrospectionEndpoint = Under(issuer, options.IntrospectionEndpointUris);
                context.RevocationEndpoint = Under(issuer, options.RevocationEndpointUris);
                context.UserInfoEndpoint = Under(issuer, options.UserInfoEndpointUris);
                context.DeviceAuthorizationEndpoint = Under(issuer, options.DeviceAuthorizationEndpointUris);
                context.PushedAuthorizationEndpoint = Under(issuer, options.PushedAuthorizationEndpointUris);
                return ValueTask.CompletedTask;
            })
            // Before OpenIddict's own handler, which fills only the endpoints still unset.
            .SetOrder(OpenIddictServerHandlers.Discovery.AttachEndpoints.Descriptor.Order - 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    private static Uri? Under(Uri issuer, List<Uri> endpoints) => endpoints.FirstOrDefault() switch
    {
        null => null,
        { IsAbsoluteUri: true } absolute => absolute,
        var relative => new Uri(issuer, relative.OriginalString.TrimStart('/')),
    };
}
