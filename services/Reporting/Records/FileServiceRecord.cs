using System.ComponentModel.DataAnnotations;
using Platform.Reporting.Statistics;

namespace Platform.Reporting.Records;

public sealed record FileServiceRecordRequest(
    [Required] string? ServiceKind,
    [Required] string? ProviderKind,
    Guid? ProviderId,
    [Required, StringLength(100, MinimumLength = 1)] string? ProviderName,
    [Required, StringLength(12, MinimumLength = 12)] string? CommunityCode,
    [Required] DateOnly? Date,
    [Required] int? Beneficiaries,
    [StringLength(500)] string? Description);

public static class FileServiceRecord
{
    public static async Task<Results<Created<ServiceRecordResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        FileServiceRecordRequest request, ClaimsPrincipal user, ReportingDb db, RegionDirectory regions, DashboardCache cache,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await regions.OutOfReachAsync(request.CommunityCode, user, "communityCode", cancellationToken) is { } refused)
        {
            return refused;
        }

        var input = new ServiceRecordInput(request.ServiceKind, request.ProviderKind, request.ProviderId, request.ProviderName,
            request.CommunityCode, request.Date, request.Beneficiaries, request.Description);
        var (record, problems) = ServiceRecord.Check(input, clock.Today(), clock.GetUtcNow(), user.SubjectOf());
        if (await regions.CommunityProblemAsync(request.CommunityCode, cancellationToken) is { } communityProblem)
        {
            problems["communityCode"] = communityProblem;
        }

        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems.ToDictionary(p => p.Key, p => new[] { p.Value }));
        }

        var store = new StatisticsStore(db);
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.ServiceRecords.Add(record!);
            await db.SaveChangesAsync(ct);
            await store.CountAsync([record!], ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
        await cache.InvalidateAsync(store.Touched);
        return TypedResults.Created($"{ReportingService.Prefix}/records/{record!.Id}", record.ToResponse());
    }
}
