using Platform.Security;
using Platform.ServiceDefaults.Security;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace Platform.Security;

/// <summary>What this service makes of the caller's token: an integrating department checks its scope here first.</summary>
public sealed record CallerResponse(string Subject, IReadOnlyList<string> Roles, string? Region, string? OrganisationId, string? VolunteerId);

public static class CallerApi
{
    public static IEndpointRouteBuilder MapCallerApi(this IEndpointRouteBuilder app, string prefix)
    {
        app.MapApiGroup(prefix, "Caller 调用者").MapGet("/caller", Get).WithName("GetCaller")
            .WithSummary("The caller as this service sees it 当前调用者: subject, roles and region scope");
        return app;
    }

    private static Ok<CallerResponse> Get(ClaimsPrincipal user) => TypedResults.Ok(new CallerResponse(
        user.SubjectOf(),
        [.. user.FindAll(PlatformClaims.Role).Select(c => c.Value)],
        user.RegionOf(),
        user.FindFirstValue(PlatformClaims.Organisation),
        user.FindFirstValue(PlatformClaims.Volunteer)));
}
