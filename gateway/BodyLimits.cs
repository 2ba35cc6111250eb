using Microsoft.AspNetCore.Http.Features;
using Platform.ServiceDefaults.Http;

namespace Platform.Gateway;

/// <summary>
/// The services' body limits, enforced again at the edge: 1 MiB, or 256 MiB for bulk paths (…/import, …/bulk). A body
/// declared too large is refused here with 413 before a byte is proxied; one that turns out too large while streaming
/// is cut off by Kestrel and answered 413 by <see cref="ProxyErrorProblems"/>. Letting the service refuse it instead
/// races its early answer against the body still being sent, which surfaced as 502 now and then.
/// </summary>
internal static class BodyLimits
{
    public static IApplicationBuilder UseBodyLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path.Value ?? "";
        var limit = path.EndsWith("/import", StringComparison.Ordinal) || path.EndsWith("/bulk", StringComparison.Ordinal)
            ? RequestLimitExtensions.BulkBodyLimitBytes
            : RequestLimitExtensions.DefaultBodyLimitBytes;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        if (context.Request.ContentLength > limit)
        {
            await TooLargeAsync(context, limit);
            return;
        }

        await next(context);
    });

    public static ValueTask TooLargeAsync(HttpContext context, long limit)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "The request body is too large.",
                Detail = $"This endpoint accepts at most {limit / (1024 * 1024)} MiB.",
            },
        });
    }
}
