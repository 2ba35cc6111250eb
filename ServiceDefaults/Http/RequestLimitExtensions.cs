using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Platform.ServiceDefaults.Http;

public static class RequestLimitExtensions
{
    /// <summary>Ordinary requests are small; bulk endpoints raise the limit with <see cref="AllowLargeBodies"/>.</summary>
    public const long DefaultBodyLimitBytes = 1024 * 1024;
    public const long BulkBodyLimitBytes = 256L * 1024 * 1024;

    public static IHostApplicationBuilder AddRequestLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = DefaultBodyLimitBytes);
        return builder;
    }

    public static TBuilder AllowLargeBodies<TBuilder>(this TBuilder endpoint) where TBuilder : IEndpointConventionBuilder =>
        endpoint.WithMetadata(new RequestSizeLimitAttribute(BulkBodyLimitBytes));
}
