using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.RegionReplica;
using Platform.Reporting.Data;
using Platform.Reporting.Http;
using Platform.ServiceDefaults.Problems;
using Platform.ServiceDefaults.Security;

namespace Platform.Reporting.Requests;

public sealed record ReportRequestRequest(
    [Required] RequestKind? Kind,
    [Required, StringLength(12, MinimumLength = 12)] string? CommunityCode,
    [Required, StringLength(2000, MinimumLength = 1)] string? Description,
    [StringLength(300)] string? Address,
    [Range(-90, 90)] double? Latitude,
    [Range(-180, 180)] double? Longitude);

public sealed record TransitionRequest([StringLength(200)] string? Assignee, [StringLength(2000)] string? Note);

public static class RequestEndpoints
{
    public static async Task<Results<Created<ServiceRequestResponse>, ValidationProblem, ForbidHttpResult>> ReportAsync(
        ReportRequestRequest request, ClaimsPrincipal user, ReportingDb db, RegionDirectory regions, [FromKeyedServices(ServiceRequest.Clock)] TimeProvider clock, CancellationToken ct)
    {
        if (await regions.CommunityProblemAsync(request.CommunityCode, ct) is { } problem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["communityCode"] = [problem] });
        }

        if (!user.CanReach(request.CommunityCode))
        {
            return TypedResults.Forbid();
        }

        var now = clock.GetUtcNow();
        var serviceRequest = ServiceRequest.Report(request.Kind!.Value, request.CommunityCode!, request.Description!, request.Address,
            request.Latitude, request.Longitude, null, user.SubjectOf(), now);
        db.ServiceRequests.Add(serviceRequest);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"{ReportingApi.Prefix}/requests/{serviceRequest.Id}", serviceRequest.ToResponse(now));
    }

    public static async Task<Results<Ok<ServiceRequestResponse>, NotFound>> GetAsync(
        Guid id, ClaimsPrincipal user, ReportingDb db, [FromKeyedServices(ServiceRequest.Clock)] TimeProvider clock, CancellationToken ct) =>
        await db.ServiceRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) is { } r && user.CanReach(r.CommunityCode)
            ? TypedResults.Ok(r.ToResponse(clock.GetUtcNow()))
            : TypedResults.NotFound();

    /// <summary>GET requests?region=…&amp;overdue=true: the newest 200 requests of a region subtree.</summary>
    public static Task<Results<Ok<IReadOnlyList<ServiceRequestResponse>>, ValidationProblem, NotFound, ForbidHttpResult>> ListAsync(
        string? region, bool? overdue, ClaimsPrincipal user, RegionDirectory regions, ReportingDb db, [FromKeyedServices(ServiceRequest.Clock)] TimeProvider clock, CancellationToken ct) =>
        RegionAccess.ReadAsync(region, user, regions, async (_, prefix) =>
        {
            var now = clock.GetUtcNow();
            var query = db.ServiceRequests.AsNoTracking().Where(r => r.CommunityCode.StartsWith(prefix));
            if (overdue == true)
            {
                query = query.Where(r => r.State != RequestState.Resolved && r.State != RequestState.Closed && r.Deadline < now);
            }

            var rows = await query.OrderByDescending(r => r.ReportedAt).Take(200).ToListAsync(ct);
            IReadOnlyList<ServiceRequestResponse> list = [.. rows.Select(r => r.ToResponse(now))];
            return list;
        }, ct);

    public static Delegate Transition(RequestState to) =>
        async Task<Results<Ok<ServiceRequestResponse>, NotFound, ValidationProblem, ProblemHttpResult>> (
            Guid id, TransitionRequest? request, ClaimsPrincipal user, ReportingDb db, [FromKeyedServices(ServiceRequest.Clock)] TimeProvider clock, CancellationToken ct) =>
        {
            if (to == RequestState.Assigned && string.IsNullOrWhiteSpace(request?.Assignee))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["assignee"] = ["Say to whom the request is assigned."] });
            }

            var serviceRequest = await db.ServiceRequests.FirstOrDefaultAsync(r => r.Id == id, ct);
            if (serviceRequest is null || !user.CanReach(serviceRequest.CommunityCode))
            {
                return TypedResults.NotFound();
            }

            var now = clock.GetUtcNow();
            if (serviceRequest.MoveTo(to, user.SubjectOf(), request?.Note, request?.Assignee, now) is { } refusal)
            {
                return ConflictProblem.For("state", refusal);
            }

            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(serviceRequest.ToResponse(now));
        };
}
