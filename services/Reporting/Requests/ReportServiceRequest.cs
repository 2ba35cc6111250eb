using System.ComponentModel.DataAnnotations;

namespace Platform.Reporting.Requests;

public sealed record ReportRequestRequest(
    [Required] RequestKind? Kind,
    [Required, StringLength(12, MinimumLength = 12)] string? CommunityCode,
    [Required, StringLength(2000, MinimumLength = 1)] string? Description,
    [StringLength(300)] string? Address,
    [Range(-90, 90)] double? Latitude,
    [Range(-180, 180)] double? Longitude);

public static class ReportServiceRequest
{
    public static async Task<Results<Created<ServiceRequestResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
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
        return TypedResults.Created($"{ReportingService.Prefix}/requests/{serviceRequest.Id}", serviceRequest.ToResponse(now));
    }
}
