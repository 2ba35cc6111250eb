using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.Extensions.Options;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;
using StackExchange.Redis;

namespace Platform.Web.Account;

/// <summary>
/// Sign-in as a backend for the browser: the authorization-code flow with PKCE against Identity at the public origin,
/// as the confidential client <c>platform-console</c>; the tokens stay on the server (<see cref="ConsoleSessions"/>)
/// and the browser holds one encrypted cookie naming the user and their session.
/// </summary>
public static class ConsoleAuthentication
{
    public const string CookieName = "platform.console";
    public const string CallbackPath = "/signin-oidc";
    public const string SignedOutCallbackPath = "/signout-callback-oidc";

    public static WebApplicationBuilder AddConsoleAuthentication(this WebApplicationBuilder builder)
    {
        var origin = PublicOrigin.Read(builder.Configuration);
        var client = builder.Configuration.GetSection(ConsoleClientOptions.Section).Get<ConsoleClientOptions>() ?? new ConsoleClientOptions();
        if (client.ClientSecret.Length == 0)
        {
            throw new InvalidOperationException("Console:ClientSecret is not set: it is the console client's secret at Identity (the AppHost passes it).");
        }

        builder.Services.Configure<ConsoleClientOptions>(builder.Configuration.GetSection(ConsoleClientOptions.Section));
        builder.Services.AddSingleton<ConsoleSessions>();
        builder.Services.AddSingleton<AccessTokens>();
        builder.Services.AddSingleton<SessionRevocation>();
        builder.Services.AddSingleton(TimeProvider.System);

        // Cookies and sessions must survive a restart and be readable by every replica: the keys live in Redis.
        builder.Services.AddDataProtection().SetApplicationName("platform-console");
        builder.Services.AddOptions<KeyManagementOptions>().Configure<IConnectionMultiplexer>((options, redis) =>
            options.XmlRepository = new RedisXmlRepository(() => redis.GetDatabase(), "console:data-protection-keys"));

        builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.Events.OnValidatePrincipal = RejectWithoutSessionAsync;
            })
            .AddOpenIdConnect(options =>
            {
                options.Authority = origin.ToString();
                options.RequireHttpsMetadata = origin.Scheme == Uri.UriSchemeHttps;
                options.ClientId = client.ClientId;
                options.ClientSecret = client.ClientSecret;
                options.ResponseType = "code";
                // Back on the same origin (the gateway), so the correlation cookies need no SameSite=None.
                options.ResponseMode = "query";
                options.UsePkce = true;
                options.Scope.Clear();
                foreach (var scope in (string[])["openid", "profile", "platform", "offline_access"])
                {
                    options.Scope.Add(scope);
                }

                options.CallbackPath = CallbackPath;
                options.SignedOutCallbackPath = SignedOutCallbackPath;
                options.SaveTokens = false;
                options.MapInboundClaims = false;
                options.GetClaimsFromUserInfoEndpoint = false;
                options.TokenValidationParameters.NameClaimType = PlatformClaims.Name;
                options.TokenValidationParameters.RoleClaimType = PlatformClaims.Role;
                options.CorrelationCookie.SameSite = SameSiteMode.Lax;
                options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.NonceCookie.SameSite = SameSiteMode.Lax;
                options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.Events = new ConsoleOidcEvents(origin);
            });
        builder.Services.AddAuthorization();
        return builder;
    }

    /// <summary>A cookie whose server-side session is gone (signed out elsewhere, expired, revoked) no longer signs anyone in.</summary>
    private static async Task RejectWithoutSessionAsync(CookieValidatePrincipalContext context)
    {
        var session = context.Principal?.FindFirstValue(ConsoleClaims.Session);
        var sessions = context.HttpContext.RequestServices.GetRequiredService<ConsoleSessions>();
        if (session is null || await sessions.FindAsync(session) is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
