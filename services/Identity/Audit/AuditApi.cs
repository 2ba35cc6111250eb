using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identity;
using Platform.Identity.Data;
using Platform.ServiceDefaults.Security;

namespace Platform.Identity.Audit;

public sealed record AuditEntryResponse(Guid Id, string Service, string Subject, string? Name, IReadOnlyList<string> Roles, string? Region,
    string Method, string Path, IReadOnlyList<AuditedChange> Changes, DateTimeOffset At);

public static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup($"{IdentityApi.Prefix}/audit", "Audit 审计日志").RequireAuthorization(PlatformPolicies.Audit);
        group.MapGet("/", ListAsync)
            .WithName("ListAuditEntries").WithSummary("Who changed what and when, newest first, for writes made within your region (审计日志)");
        return group;
    }

    private static async Task<Ok<List<AuditEntryResponse>>> ListAsync(
        ClaimsPrincipal caller, IdentityDb db, CancellationToken cancellationToken, string? service = null, string? subject = null, int take = 100)
    {
        var prefix = caller.RegionOf() is { } scope && Platform.Contracts.RegionCode.LevelOf(scope) is { } level
            ? Platform.Contracts.RegionCode.SubtreePrefix(scope, level)
            : "\0";
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.Region != null && e.Region.StartsWith(prefix))
            .Where(e => service == null || e.Service == service)
            .Where(e => subject == null || e.Subject == subject)
            .OrderByDescending(e => e.At)
            .Take(Math.Clamp(take, 1, 1000))
            .Select(e => new AuditEntryResponse(e.Id, e.Service, e.Subject, e.Name, e.Roles, e.Region, e.Method, e.Path, e.Changes, e.At))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(entries);
    }
}
