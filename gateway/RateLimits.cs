using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Platform.ServiceDefaults.Security;
using Yarp.ReverseProxy.Model;

namespace Platform.Gateway;

internal sealed class RateLimitOptions
{
    /// <summary>Requests one client may make per window.</summary>
    public int PermitLimit { get; set; } = 600;
    public int WindowSeconds { get; set; } = 60;
}

/// <summary>
/// A fixed window per client: the token's subject (a user, or a client-credentials client), else its client id, else
/// the caller's IP address. Over the limit the answer is 429 with Retry-After, not ASP.NET Core's default 503.
/// </summary>
internal static class RateLimits
{
    public static IServiceCollection AddClientRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("RateLimits").Get<RateLimitOptions>() ?? new RateLimitOptions();
        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsConsole(context)
                ? RateLimitPartition.GetNoLimiter("console")
                : RateLimitPartition.GetFixedWindowLimiter(ClientOf(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.PermitLimit,
                    Window = TimeSpan.FromSeconds(options.WindowSeconds),
                    QueueLimit = 0,
                }));
            limiter.OnRejected = (context, cancellationToken) => RejectAsync(context, options, cancellationToken);
        });
    }

    /// <summary>
    /// The web console's pages, assets and circuit carry a cookie, not a token: limited per IP they would make one office
    /// behind one address share a window. The API calls it makes for its users carry their tokens and are limited per user.
    /// </summary>
    private static bool IsConsole(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<RouteModel>()?.Config.RouteId == ConsoleRouteId;

    public const string ConsoleRouteId = "web";

    private static string ClientOf(HttpContext context) =>
        context.User.FindFirstValue(PlatformClaims.Subject) is { } subject ? $"sub:{subject}"
        : context.User.FindFirstValue(PlatformClaims.ClientId) is { } client ? $"client:{client}"
        : $"ip:{context.Connection.RemoteIpAddress}";

    private static async ValueTask RejectAsync(OnRejectedContext rejected, RateLimitOptions options, CancellationToken cancellationToken)
    {
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(options.WindowSeconds);
        var context = rejected.HttpContext;
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests; try again after Retry-After seconds." },
        });
    }
}
