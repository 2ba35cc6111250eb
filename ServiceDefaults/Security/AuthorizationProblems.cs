using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Platform.ServiceDefaults.Security;

/// <summary>
/// Answers a refused token or role with a problem document instead of an empty 401/403, so an integrating
/// department sees why. A role refusal names the roles the endpoint accepts and says
/// <c>"refusedBy": "role"</c>, telling it apart from a handler's region-scope refusal.
/// </summary>
internal sealed class AuthorizationProblems(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    public const string RefusedByRole = "role";

    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Succeeded || context.Response.HasStarted)
        {
            await _default.HandleAsync(next, context, policy, result);
            return;
        }

        // Let the authentication handler set its headers (WWW-Authenticate) first, then describe the refusal.
        await _default.HandleAsync(_ => Task.CompletedTask, context, policy, result);
        var forbidden = result.Forbidden;
        var problem = new ProblemDetails
        {
            Status = forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized,
            Title = forbidden ? "Forbidden" : "Unauthorized",
            Detail = forbidden
                ? "Your role may not use this endpoint."
                : "A valid access token from /connect/token is required (Authorization: Bearer …).",
        };
        if (forbidden)
        {
            problem.Extensions["refusedBy"] = RefusedByRole;
            problem.Extensions["acceptedRoles"] = policy.Requirements.OfType<Microsoft.AspNetCore.Authorization.Infrastructure.RolesAuthorizationRequirement>()
                .SelectMany(r => r.AllowedRoles).Distinct().ToArray();
        }

        context.Response.StatusCode = problem.Status.Value;
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
