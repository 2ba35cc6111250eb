using System.Globalization;

namespace Platform.Charity.Shared;

/// <summary>A 429 problem whose Retry-After says in whole seconds (rounded up) when the caller may try again.</summary>
public static class TooManyRequestsProblem
{
    public static ProblemHttpResult For(HttpContext http, TimeSpan wait, string title, string detail)
    {
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: title, detail: detail);
    }
}
