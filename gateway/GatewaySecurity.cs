using Platform.ServiceDefaults.Security;

namespace Platform.Gateway;

/// <summary>Tokens, rate limits and CORS in front of the proxy. Public routes are marked <c>"AuthorizationPolicy": "anonymous"</c> in configuration.</summary>
internal static class GatewaySecurity
{
    public const string CorsPolicy = "web-clients";

    public static WebApplicationBuilder AddGatewaySecurity(this WebApplicationBuilder builder)
    {
        builder.AddTokenValidation();
        builder.AddApiKeys();
        builder.Services.AddClientRateLimits(builder.Configuration);
        var origins = builder.Configuration.GetSection("Cors:Origins").Get<string[]>() ?? [];
        builder.Services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
            .WithOrigins(origins)
            .AllowAnyHeader()
            .AllowAnyMethod()
            .WithExposedHeaders("Retry-After", RequestIds.Header, "Location")));
        return builder;
    }

    /// <summary>CORS first (preflights carry no token), then an Open311 api_key becomes a token, then who is calling, then how often, then whether they may.</summary>
    public static WebApplication UseGatewaySecurity(this WebApplication app)
    {
        app.UseCors(CorsPolicy);
        app.UseApiKeys();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }
}
