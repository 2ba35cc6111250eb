using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using Platform.Identity.Users;
using Platform.Identity.Audit;
using Platform.Identity.Clients;
using Platform.Identity.Connect;
using Platform.Identity.Data;
using Platform.Identity.Keys;
using Platform.Identity.Seeding;
using Platform.RegionReplica;
using Platform.Data;
using Platform.Messaging;
using Platform.Security;
using Platform.ServiceDefaults.Http;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Identity;

public static class IdentityService
{
    public const string ServiceName = "identity";
    public const string Prefix = "/api/identity";

    /// <summary>Wrong passwords in a row that lock an account (for the default five minutes).</summary>
    public const int MaxFailedSignIns = 5;

    public static IHostApplicationBuilder AddIdentityService(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDefaults();
        builder.AddServiceDatabase<IdentityDb>(ServiceName);
        builder.AddPlatformMessaging<IdentityDb>(ServiceName, bus =>
        {
            bus.AddRegionReplica<IdentityDb>(ServiceName);
            bus.AddConsumer<AuditConsumer>();
        });
        builder.AddPlatformSecurity<IdentityDb>(ServiceName);
        builder.AddRegionDirectory<IdentityDb>();

        builder.Services.AddIdentityCore<PlatformUser>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<IdentityDb>()
            .AddSignInManager();
        // The sign-in cookie serves only the authorization endpoint; APIs authenticate with access tokens.
        builder.Services.AddAuthentication().AddIdentityCookies(cookies => cookies.ApplicationCookie!.Configure(o =>
        {
            o.LoginPath = LoginPage.Path;
            o.Cookie.Name = "platform.signin";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            // Relative, so that the browser stays on the gateway it came through (the absolute form names this service's host).
            o.Events.OnRedirectToLogin = context =>
            {
                context.Response.Redirect(Uri.TryCreate(context.RedirectUri, UriKind.Absolute, out var login) ? login.PathAndQuery : context.RedirectUri);
                return Task.CompletedTask;
            };
        }));

        // Tokens name the platform's public address (the gateway) as issuer, and discovery lists endpoints under it.
        var issuer = PublicOrigin.Read(builder.Configuration);
        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDb>())
            .AddServer(server =>
            {
                server.SetIssuer(issuer);
                server.AddEventHandler(PublicEndpoints.Descriptor);
                server.SetTokenEndpointUris("connect/token")
                    .SetAuthorizationEndpointUris("connect/authorize")
                    .SetRevocationEndpointUris("connect/revoke")
                    .SetEndSessionEndpointUris("connect/endsession");
                server.AllowClientCredentialsFlow()
                    .AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowRefreshTokenFlow();
                server.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Roles, Scopes.OfflineAccess, "platform");
                server.SetAccessTokenLifetime(TimeSpan.FromMinutes(30));
                server.SetRefreshTokenLifetime(TimeSpan.FromDays(14));
                // Services and the gateway validate access tokens themselves, with the public signing key only.
                server.DisableAccessTokenEncryption();
                server.UseAspNetCore()
                    .EnableTokenEndpointPassthrough()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    // TLS ends in front of the gateway; inside, services speak plain HTTP.
                    .DisableTransportSecurityRequirement();
            })
            // Identity validates its own tokens with the server's keys instead of fetching its discovery document.
            .AddValidation(validation => validation.UseLocalServer());
        builder.Services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, PersistedKeys>();

        builder.Services.AddOptions<SeedOptions>().BindConfiguration("Identity:Seed");
        builder.Services.AddHostedService<AccountSeeder>();
        builder.Services.AddAntiforgery();
        // Validation is generated per assembly: the call must be made here, where the request types live.
        builder.Services.AddValidation();
        return builder;
    }

    public static WebApplication MapIdentityService(this WebApplication app)
    {
        app.MapPlatformEndpoints(Prefix);
        app.MapRegionReplicaApi(Prefix);
        // The login form posts an antiforgery token; the middleware checks it before the endpoint runs.
        app.UseAntiforgery();
        app.MapConnectApi();
        app.MapUsersApi();
        app.MapClientsApi();
        app.MapAuditApi();
        return app;
    }
}
