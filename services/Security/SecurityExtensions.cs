using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Messaging;
using Platform.ServiceDefaults.Security;

namespace Platform.Security;

public static class SecurityExtensions
{
    /// <summary>
    /// Token validation, the platform's policies, and the audit of every write a caller makes through
    /// <typeparamref name="TContext"/> (an <see cref="AuditInterceptor"/> joining the change in the outbox).
    /// </summary>
    public static IHostApplicationBuilder AddPlatformSecurity<TContext>(this IHostApplicationBuilder builder, string serviceName)
        where TContext : DbContext
    {
        builder.AddTokenValidation();
        builder.Services.AddAuthorizationBuilder().AddPlatformPolicies();
        builder.Services.AddHttpContextAccessor();
        builder.Services.ConfigureDbContext<TContext>((services, options) =>
            options.AddInterceptors(new AuditInterceptor(serviceName, services.GetRequiredService<IHttpContextAccessor>())));
        return builder;
    }

    /// <summary>
    /// The defaults' endpoints (health, the OpenAPI document) and what every service answers under its prefix: the
    /// caller as it sees it, and its dead letters for operators.
    /// </summary>
    public static WebApplication MapPlatformEndpoints(this WebApplication app, string prefix)
    {
        app.MapDefaultEndpoints(prefix);
        app.MapCallerApi(prefix);
        app.MapDeadLettersApi(prefix).RequirePlatformPolicies().RequireAuthorization(PlatformPolicies.Operations);
        return app;
    }

    /// <summary>A feature's route group, protected by the read policy (GET) or the write policy (everything else).</summary>
    public static RouteGroupBuilder MapApiGroup(this IEndpointRouteBuilder app, string prefix, string tag) =>
        app.MapGroup(prefix).WithTags(tag).RequirePlatformPolicies();
}
