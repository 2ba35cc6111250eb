using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.RegionReplica;
using Platform.Data;
using Platform.RegionReplica.Queries;
using Platform.Reporting.Data;
using Platform.Reporting.Http;
using Platform.ServiceDefaults.Problems;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.Reporting.Requests;

public sealed record ReportRequestRequest(
    [Required] RequestKind? Kind,
    [Required, StringLength(12, MinimumLength = 12)] string? CommunityCode,
    [Required, StringLength(2000, MinimumLength = 1)] string? Description,
    [StringLength(300)] string? Address,
    [Range(-90, 90)] double? Latitude,
    [Range(-180, 180)] double? Longitude);

/// <summary>A step of the workflow; <c>version</c> (optional) is the version the client read, refused with 409 when stale.</summary>
public sealed record TransitionRequest([StringLength(200)] string? Assignee, [StringLength(2000)] string? Note, int? Version);

public static class RequestEndpoints
{
    public static async Task<Results<Created<ServiceRequestResponse>, ValidationProblem, ProblemHttpResult>> ReportAsync(
        ReportRequestRequest request, ClaimsPrincipal user, ReportingDb db, RegionDirectory regions, [FromKeyedServices(ServiceRequest.Clock)] TimeProvider clock, CancellationToken ct)
    {
        if (await regions.OutOfReachAsync(request.CommunityCode, user, "communityCode", ct) is { } refused)
        {
            return refused;
        }

        if (await regions.CommunityProblemAsync(request.CommunityCode, ct) is { } problem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["communityCode"] = [problem] });
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
        await db.ServiceRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) is { } r && user.CanSee(r)
            ? TypedResults.Ok(r.ToResponse(clock.GetUtcNow()))
            : TypedResults.NotFound();

    /// <summary>
    /// GET requests?region=&amp;from=&amp;to=&amp;state=&amp;overdue=true&amp;page=&amp;pageSize=: the requests of a region's subtree
    /// (the caller's by default) reported on the city days from..to, newest first, then by id. A volunteer or an
    /// organisation operator sees only the requests they reported.
    /// </summary>
    public static async Task<Results<Ok<Page<ServiceRequestResponse>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        string? region, DateOnly? from, DateOnly? to, RequestState? state, bool? overdue, int? page, int? pageSize,
        ClaimsPrincipal user, RegionDirectory regions, ReportingDb db, [FromKeyedServices(ServiceRequest.Clock)] TimeProvider clock, CancellationToken ct)
    {
        var (paging, dates) = (new PageRequest(page, pageSize), new DateRange(from, to));
        var (prefix, refusal) = await regions.ResolveListAsync(region, user, paging, ct, dates.Check());
        if (refusal is not null)
        {
            return refusal as ValidationProblem is { } invalid ? invalid : (ProblemHttpResult)refusal;
        }

        var now = clock.GetUtcNow();
        var query = db.ServiceRequests.AsNoTracking().Where(r => r.CommunityCode.StartsWith(prefix!)).OwnedBy(user);
        if (dates.StartsAt is { } start)
        {
            query = query.Where(r => r.ReportedAt >= start);
        }

        if (dates.EndsBefore is { } end)
        {
            query = query.Where(r => r.ReportedAt < end);
        }

        if (state is { } wanted)
        {
            query = query.Where(r => r.State == wanted);
        }

        if (overdue == true)
        {
            query = query.Where(r => r.State != RequestState.Resolved && r.State != RequestState.Closed && r.Deadline < now);
        }

        var rows = await query.OrderByDescending(r => r.ReportedAt).ThenByDescending(r => r.Id).ToPageAsync(paging, ct);
        return TypedResults.Ok(rows.Map(r => r.ToResponse(now)));
    }

    /// <summary>
    /// GET requests/changes?region=&amp;after=&amp;pageSize=: the requests of a region's subtree in the order their changes
    /// committed. A closed request stays in the list, so none is ever <c>removed</c>.
    /// </summary>
    public static async Task<Results<Ok<ChangePage<ServiceRequestResponse>>, ValidationProblem, ProblemHttpResult>> ListChangesAsync(
        string? region, string? after, int? pageSize, ClaimsPrincipal user, RegionDirectory regions, ReportingDb db,
        [FromKeyedServices(ServiceRequest.Clock)] TimeProvider clock, CancellationToken ct)
    {
        var (prefix, token, paging, refusal) = await ChangeFeedRequest.ResolveAsync(region, after, pageSize, user, regions, ct);
        if (refusal is not null)
        {
            return refusal as ValidationProblem is { } invalid ? invalid : (ProblemHttpResult)refusal;
        }

        var now = clock.GetUtcNow();
        return TypedResults.Ok(await db.ReadChangesAsync(db.ServiceRequests.AsNoTracking().Where(r => r.CommunityCode.StartsWith(prefix!)),
            token, paging.Size, r => r.Id, _ => false, r => r.ToResponse(now), ct));
    }

    public static Delegate Transition(RequestState to) =>
        async Task<Results<Ok<ServiceRequestResponse>, NotFound, ValidationProblem, ProblemHttpResult>> (
            Guid id, TransitionRequest? request, ClaimsPrincipal user, ReportingDb db, [FromKeyedServices(ServiceRequest.Clock)] TimeProvider clock, CancellationToken ct) =>
        {
            if (to == RequestState.Assigned && string.IsNullOrWhiteSpace(request?.Assignee))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["assignee"] = ["Say to whom the request is assigned."] });
            }

            var serviceRequest = await db.ServiceRequests.FirstOrDefaultAsync(r => r.Id == id, ct);
            if (serviceRequest is null || !user.CanSee(serviceRequest))
            {
                return TypedResults.NotFound();
            }

            if (request?.Version is { } read && read != serviceRequest.Version)
            {
                return StaleVersion();
            }

            var now = clock.GetUtcNow();
            if (serviceRequest.MoveTo(to, user.SubjectOf(), request?.Note, request?.Assignee, now) is { } refusal)
            {
                return ConflictProblem.For("state", refusal);
            }

            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another step committed between our read and our write: the version this one started from is stale.
                return StaleVersion();
            }

            return TypedResults.Ok(serviceRequest.ToResponse(now));
        };

    private static ProblemHttpResult StaleVersion() =>
        ConflictProblem.For("version", "The record was changed since this version was read; read it again.");
}
