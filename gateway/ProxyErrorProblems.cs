using Microsoft.AspNetCore.Http.Features;
using Yarp.ReverseProxy.Forwarder;

namespace Platform.Gateway;

/// <summary>When a service cannot be reached, the client gets a problem document instead of an empty 502/503/504.</summary>
internal static class ProxyErrorProblems
{
    public static IReverseProxyApplicationBuilder UseProxyErrorProblems(this IReverseProxyApplicationBuilder proxy)
    {
        proxy.Use(async (context, next) =>
        {
            await next();
            var error = context.GetForwarderErrorFeature();
            if (error is null || context.Response.HasStarted)
            {
                return;
            }

            if (IsBodyTooLarge(error.Exception))
            {
                await BodyLimits.TooLargeAsync(context, context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? 0);
                return;
            }

            var (status, title) = error.Error switch
            {
                ForwarderError.NoAvailableDestinations => (StatusCodes.Status503ServiceUnavailable, "The service is not available."),
                ForwarderError.RequestTimedOut => (StatusCodes.Status504GatewayTimeout, "The service did not answer in time."),
                ForwarderError.RequestBodyClient or ForwarderError.RequestCanceled => (StatusCodes.Status400BadRequest, "The request was cut short."),
                _ => (StatusCodes.Status502BadGateway, "The service could not be reached."),
            };
            context.Response.StatusCode = status;
            var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = status, Title = title, Detail = $"Route {context.GetRouteModel().Config.RouteId}." },
            });
        });
        return proxy;
    }

    /// <summary>Kestrel's "body too large" arrives wrapped by the forwarder's copy of the request body.</summary>
    private static bool IsBodyTooLarge(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
            {
                return true;
            }
        }

        return false;
    }
}
