using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Platform.Gateway;

/// <summary>Every response carries X-Request-Id: the client's own when it sent a sane one, otherwise the trace id.</summary>
internal static partial class RequestIds
{
    public const string Header = "X-Request-Id";

    public static IApplicationBuilder UseRequestIds(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var incoming = context.Request.Headers[Header].ToString();
        var requestId = SaneId().IsMatch(incoming)
            ? incoming
            : Activity.Current?.TraceId.ToHexString() ?? context.TraceIdentifier;
        context.Request.Headers[Header] = requestId;
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[Header] = requestId;
            return Task.CompletedTask;
        });
        await next(context);
    });

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex SaneId();
}
