namespace Platform.Reporting.Statistics;

public sealed record RebuildReport(Guid Id, int Facts, int ServiceRecords, DateTimeOffset StartedAt, DateTimeOffset FinishedAt);

/// <summary>
/// POST statistics/rebuild (city administrators): forgets every derived figure and recomputes it from the stored facts
/// and the service's own records, in one transaction. Consumers wait meanwhile (the facts are locked), so nothing is
/// counted twice or lost; readers see the old figures until the commit.
/// </summary>
public static class RebuildStatistics
{
    private const int PageSize = 5_000;

    public static async Task<Results<Ok<RebuildReport>, ForbidHttpResult>> HandleAsync(
        ClaimsPrincipal user, ReportingDb db, DashboardCache cache, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(PlatformRoles.CityAdmin))
        {
            return TypedResults.Forbid();
        }

        var report = await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            var started = clock.GetUtcNow();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.Database.ExecuteSqlRawAsync("LOCK TABLE stat_facts IN EXCLUSIVE MODE", ct);
            await new StatisticsStore(db).ClearAsync(ct);
            var sink = new InMemorySink();
            var facts = await ReplayFactsAsync(db, sink, ct);
            await sink.WriteAsync(db, ct);
            await db.Database.ExecuteSqlRawAsync($"""
                INSERT INTO stat_monthly (region_code, month, figure, value)
                SELECT community_code, date_trunc('month', service_date)::date, f.figure,
                       CASE f.figure WHEN '{MonthlyFigures.ServiceRecords}' THEN count(*) ELSE sum(beneficiaries) END
                FROM service_records CROSS JOIN (VALUES ('{MonthlyFigures.ServiceRecords}'), ('{MonthlyFigures.ServiceBeneficiaries}')) AS f(figure)
                GROUP BY community_code, date_trunc('month', service_date), f.figure
                """, ct);
            var run = new StatRebuild
            {
                Id = Guid.CreateVersion7(), RunBy = user.SubjectOf(), StartedAt = started, FinishedAt = clock.GetUtcNow(),
                Facts = facts, ServiceRecords = await db.ServiceRecords.CountAsync(ct),
            };
            db.StatRebuilds.Add(run);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return new RebuildReport(run.Id, run.Facts, run.ServiceRecords, run.StartedAt, run.FinishedAt);
        }, cancellationToken);
        await cache.InvalidateAllAsync();
        return TypedResults.Ok(report);
    }

    private static async Task<int> ReplayFactsAsync(ReportingDb db, InMemorySink sink, CancellationToken ct)
    {
        var (count, after) = (0, 0L);
        while (true)
        {
            var page = await db.StatFacts.AsNoTracking().Where(f => f.Sequence > after).OrderBy(f => f.Sequence).Take(PageSize).ToListAsync(ct);
            if (page.Count == 0)
            {
                return count;
            }

            foreach (var fact in page)
            {
                await StatisticsProjection.ApplyAsync(StatFacts.Read(fact), sink, ct);
            }

            count += page.Count;
            after = page[^1].Sequence;
        }
    }
}
