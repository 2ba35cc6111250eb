using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenIddict.Validation;
using OpenIddict.Validation.AspNetCore;
using Platform.ServiceDefaults.Http;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace Platform.ServiceDefaults.Security;

public static class TokenValidationExtensions
{
    /// <summary>Identity inside the platform: a logical name that service discovery resolves (<c>services:identity:…</c>).</summary>
    public static readonly Uri IdentityAddress = new("http://identity/");

    /// <summary>
    /// Validates access tokens locally. The issuer is the platform's public address (<see cref="PublicOrigin"/>, the
    /// gateway), as clients see it; Identity's discovery document and signing keys are read once from Identity itself
    /// over the internal network (<see cref="IdentityAddress"/>, resolved by service discovery) and cached, so no
    /// request calls Identity and nothing inside calls the public address. An endpoint without a policy needs a valid token.
    /// </summary>
    public static IHostApplicationBuilder AddTokenValidation(this IHostApplicationBuilder builder)
    {
        var issuer = PublicOrigin.Read(builder.Configuration);
        builder.Services.AddOpenIddict().AddValidation(validation =>
        {
            validation.SetIssuer(issuer);
            validation.Configure(options => options.ConfigurationEndpoint = new Uri(IdentityAddress, ".well-known/openid-configuration"));
            validation.AddEventHandler(KeysFromIdentity.Descriptor);
            validation.UseSystemNetHttp();
            // Tokens travel only in the Authorization header: reading them from a form body would consume the body
            // before the gateway forwards it (a token request through the gateway), and query strings leak into logs.
            validation.UseAspNetCore()
                .DisableAccessTokenExtractionFromBodyForm()
                .DisableAccessTokenExtractionFromQueryString();
        });

        builder.Services.AddAuthentication(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        // Whatever is mapped without a policy still needs a valid token; public endpoints say AllowAnonymous.
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuthorizationProblems>();
        return builder;
    }

    /// <summary>
    /// Identity's discovery document names its key set under the public address (the gateway routes
    /// <c>/.well-known/…</c> to Identity unchanged); inside the platform the same path is read from Identity directly.
    /// </summary>
    private static class KeysFromIdentity
    {
        public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
            OpenIddictValidationHandlerDescriptor.CreateBuilder<HandleConfigurationResponseContext>()
                .UseInlineHandler(context =>
                {
                    if (context.Configuration.JsonWebKeySetUri is { } keys && context.Options.Issuer is { } issuer
                        && issuer.IsBaseOf(keys))
                    {
                        context.Configuration.JsonWebKeySetUri = new Uri(IdentityAddress, issuer.MakeRelativeUri(keys));
                    }

                    return ValueTask.CompletedTask;
                })
                .SetOrder(OpenIddictValidationHandlers.Discovery.ExtractJsonWebKeySetEndpoint.Descriptor.Order + 500)
                .SetType(OpenIddictValidationHandlerType.Custom)
                .Build();
    }
}
