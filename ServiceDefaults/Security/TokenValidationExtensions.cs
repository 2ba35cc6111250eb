using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenIddict.Validation.AspNetCore;

namespace Platform.ServiceDefaults.Security;

public static class TokenValidationExtensions
{
    /// <summary>The issuer Identity writes into every token; a logical name that service discovery resolves.</summary>
    public const string DefaultIssuer = "http://identity/";

    /// <summary>
    /// Validates access tokens locally: signature keys come once from Identity's discovery document
    /// (<c>{Identity:Issuer}/.well-known/openid-configuration</c>, resolved by service discovery) and are cached, so no
    /// request calls Identity. Registers the shared policies of <see cref="PlatformPolicies"/>.
    /// </summary>
    public static IHostApplicationBuilder AddTokenValidation(this IHostApplicationBuilder builder)
    {
        var issuer = builder.Configuration["Identity:Issuer"] ?? DefaultIssuer;
        builder.Services.AddOpenIddict().AddValidation(validation =>
        {
            validation.SetIssuer(issuer);
            validation.UseSystemNetHttp();
            // Tokens travel only in the Authorization header: reading them from a form body would consume the body
            // before the gateway forwards it (a token request through the gateway), and query strings leak into logs.
            validation.UseAspNetCore()
                .DisableAccessTokenExtractionFromBodyForm()
                .DisableAccessTokenExtractionFromQueryString();
        });

        builder.Services.AddAuthentication(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        builder.Services.AddAuthorizationBuilder().AddPlatformPolicies();
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuthorizationProblems>();
        return builder;
    }
}
