extern alias identity;
extern alias reporting;

using System.Diagnostics;
using System.Globalization;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Bench.Harness;
using Platform.Contracts;
using Platform.Contracts.PartyBuilding;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Testing;
using reporting::Platform.Reporting;
using reporting::Platform.Reporting.Shared;
using reporting::Platform.Reporting.Data;
using reporting::Platform.Reporting.Statistics;

namespace Platform.Bench.Scenarios;

/// <summary>
/// Comparison 6: the city overview from Redis (A) against the same overview computed from PostgreSQL (B, the cache
/// invalidated before each read), over a city-sized synthetic statistics table (2,000 communities, 200,000 counted
/// things, 100,000 monthly figures). Reporting runs in process so the read can be timed in the service itself as well
/// as over HTTP at the service. Ends with a rebuild over 200,000 stored facts.
/// </summary>
public static class OverviewCache
{
    private const string City = "511600";
    private const int CachedReads = 2_000;
    private const int ColdReads = 50;

    public static async Task<BenchRow> RunAsync(BenchOptions options)
    {
        // Outside a test host the factory does not find the services' content roots by itself.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PLATFORM_REPORTING", Path.Combine(RepositoryRoot.Path, "services", "Reporting"));
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PLATFORM_IDENTITY", Path.Combine(RepositoryRoot.Path, "services", "Identity"));
        await using var servers = await LocalServers.StartAsync(withRedis: true);
        await using var identityService = await TestIdentity.StartAsync<identity::Program>(servers);
        await using var service = new ServiceFactory<reporting::Program>(servers, ReportingService.ServiceName, identityService.ServiceSettings,
            web => web.UseSetting("Logging:LogLevel:Default", "Warning"));
        await service.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
        await service.Services.GetRequiredService<IBus>().Publish(new RegionRegistered(City, "广安市", RegionLevel.City, null, 1, DateTimeOffset.UtcNow));
        await using var scope = service.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDb>();
        await Eventually.UntilAsync(() => db.ReplicatedRegions.AnyAsync(r => r.Code == City), TimeSpan.FromSeconds(60), "the city in the replica");
        await SeedAsync(db);
        var city = await db.ReplicatedRegions.AsNoTracking().SingleAsync(r => r.Code == City);
        var reader = scope.ServiceProvider.GetRequiredService<StatisticsReader>();
        var cache = scope.ServiceProvider.GetRequiredService<DashboardCache>();
        using var client = await identityService.ClientForAsync(service.CreateClient().BaseAddress!, PlatformRoles.CityAdmin, City);

        var overHttp = new List<Sample>();
        var ab = await new AbComparison("6 overview cache",
            async () =>
            {
                overHttp.Add(Latency(await MeasureAsync(CachedReads, async () =>
                {
                    using var response = await client.GetAsync($"/api/reporting/overview/{City}");
                    await response.EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync();
                })));
                return Latency(await MeasureAsync(CachedReads, () => reader.OverviewAsync(city, CancellationToken.None)));
            },
            async () => Latency(await MeasureAsync(ColdReads, async () =>
            {
                await cache.InvalidateAsync([City]);
                await reader.OverviewAsync(city, CancellationToken.None);
            }))).RunAsync(options.Rounds);
        var rebuild = await RebuildAsync(db, client);

        var cachedP99 = ab.A.Select(s => s.P99Ms!.Value).Median();
        var httpP99 = overHttp.Skip(1).Select(s => s.P99Ms!.Value).Median();
        return new BenchRow(6, "city overview: cached (Redis) vs uncached (PostgreSQL), city-sized synthetic statistics (200,000+ facts written by the bench, not the seeder)",
            $"cached in the service p50 {ab.A.Select(s => s.P50Ms!.Value).Median().F("0.000")} ms, p99 {cachedP99.F("0.000")} ms; " +
            $"cached over HTTP at the service p50 {overHttp.Skip(1).Select(s => s.P50Ms!.Value).Median().F("0.00")} ms, p99 {httpP99.F("0.00")} ms; " +
            $"uncached p50 {ab.B.Select(s => s.P50Ms!.Value).Median().F("0.0")} ms, p99 {ab.B.Select(s => s.P99Ms!.Value).Median().F("0.0")} ms; {rebuild}",
            "cached p99 ≤ 5 ms at the service", httpP99 <= 5 ? "yes" : "no", "", new { cached = ab.A, cachedOverHttp = overHttp, uncached = ab.B, rebuild });
    }

    private static Sample Latency(double[] sorted) => new(At(sorted, 0.50), At(sorted, 0.50), At(sorted, 0.99));

    /// <summary>About a city's worth of counted things and monthly figures over 2,000 synthetic communities.</summary>
    private static async Task SeedAsync(ReportingDb db)
    {
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO stat_items (kind, key, region_code, category, amount, active, valid_until, ordering)
            SELECT (ARRAY['party-member-report','social-worker','fund','filed-organisation','organisation-grade','party-organisation'])[1 + i % 6],
                   i::text, '5116' || lpad((2 + i % 5)::text, 2, '0') || lpad((i % 2000)::text, 6, '0'),
                   (ARRAY['CommunitySocialOrganisation','5A','GridBranch'])[1 + i % 3], 0, TRUE, NULL, 0
            FROM generate_series(1, 200000) AS i ON CONFLICT DO NOTHING;
            INSERT INTO stat_monthly (region_code, month, figure, value)
            SELECT '5116' || lpad((2 + i % 5)::text, 2, '0') || lpad((i % 2000)::text, 6, '0'), make_date(2025 + (i / 12) % 2, 1 + i % 12, 1),
                   (ARRAY['volunteersRegistered','activitiesCompleted','donationsFen','serviceBeneficiaries'])[1 + i % 4], i % 100
            FROM generate_series(1, 100000) AS i ON CONFLICT DO NOTHING;
            ANALYZE stat_items; ANALYZE stat_monthly;
            """);
    }

    /// <summary>A rebuild over 200,000 stored facts (synthetic volunteer registrations across the synthetic communities).</summary>
    private static async Task<string> RebuildAsync(ReportingDb db, HttpClient client)
    {
        const int facts = 200_000;
        await db.Database.ExecuteSqlRawAsync($$"""
            INSERT INTO stat_facts (message_id, message_type, payload, received_at)
            SELECT gen_random_uuid(), 'VolunteerRegistered',
                   jsonb_build_object('volunteerId', gen_random_uuid(), 'communityCode', '5116' || lpad((2 + i % 5)::text, 2, '0') || lpad((i % 2000)::text, 6, '0'),
                                      'isPartyMember', i % 10 = 0, 'source', 'Bench', 'registeredAt', now() - make_interval(days => i % 700)),
                   now()
            FROM generate_series(1, {{facts}}) AS i
            """);
        var started = Stopwatch.GetTimestamp();
        using var response = await client.PostAsync("/api/reporting/statistics/rebuild", null);
        await response.EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync();
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return string.Create(CultureInfo.InvariantCulture, $"rebuild over {facts:N0}+ facts {seconds:F1} s");
    }

    private static async Task<double[]> MeasureAsync(int count, Func<Task> read)
    {
        for (var i = 0; i < Math.Min(50, count); i++)
        {
            await read();
        }

        var times = new double[count];
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await read();
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(times);
        return times;
    }

    private static double At(double[] sorted, double quantile) => sorted[Math.Min(sorted.Length - 1, (int)(quantile * sorted.Length))];
}
