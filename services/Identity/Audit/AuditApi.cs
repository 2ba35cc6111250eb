using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.Identity.Audit;

public static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{IdentityService.Prefix}/audit", "Audit 审计日志").RequireAuthorization(PlatformPolicies.Audit);
        group.MapGet("/", ListAuditEntries.HandleAsync)
            .WithName("ListAuditEntries").WithSummary("Who changed what and when, newest first, for writes made within a region of yours (审计日志)");
        return group;
    }
}
