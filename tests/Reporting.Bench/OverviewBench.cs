extern alias identity;

using System.Diagnostics;
using System.Globalization;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts;
using Platform.Contracts.PartyBuilding;
using Platform.Reporting;
using Platform.Reporting.Caching;
using Platform.Reporting.Data;
using Platform.Reporting.Statistics;
using Platform.ServiceDefaults.Security;
using Platform.Testing;

namespace Platform.Reporting.Bench;

/// <summary>
/// The city overview from the cache: the service on Kestrel against real PostgreSQL, RabbitMQ and Redis, with a
/// city-sized statistics table (synthetic). Measures the overview read in the service (reader → Redis) and over HTTP
/// (token validation, routing, JSON), cold (computed from PostgreSQL) and cached; then a rebuild over 200,000 facts.
/// Run: <c>dotnet run -c Release --project tests/Reporting.Bench -- 2000</c>.
/// </summary>
internal static class OverviewBench
{
    private const string City = "511600";

    public static async Task<int> Main(string[] args)
    {
        var reads = args.Length > 0 ? int.Parse(args[^1], CultureInfo.InvariantCulture) : 2_000;
        // Outside a test host the factory does not find the services' content roots by itself.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PLATFORM_REPORTING", Path.Combine(RepositoryRoot.Path, "services", "Reporting"));
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PLATFORM_IDENTITY", Path.Combine(RepositoryRoot.Path, "services", "Identity"));
        await using var servers = await LocalServers.StartAsync(withRedis: true);
        await using var identity = await TestIdentity.StartAsync<identity::Program>(servers);
        await using var service = new ServiceFactory<Program>(servers, ReportingApi.ServiceName, identity.ServiceSettings,
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
        using var client = await identity.ClientForAsync(service.CreateClient().BaseAddress!, PlatformRoles.CityAdmin, City);

        var cold = await MeasureAsync(20, async () =>
        {
            await cache.InvalidateAsync([City]);
            await reader.OverviewAsync(city, CancellationToken.None);
        });
        var inService = await MeasureAsync(reads, () => reader.OverviewAsync(city, CancellationToken.None));
        var overHttp = await MeasureAsync(reads, async () =>
        {
            using var response = await client.GetAsync($"/api/reporting/overview/{City}");
            await response.EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync();
        });

        Console.WriteLine(Line("city overview, cold (PostgreSQL, cache invalidated each time, incl. the invalidation)", cold));
        Console.WriteLine(Line("city overview, cached, in the service (StatisticsReader → Redis)", inService));
        Console.WriteLine(Line("city overview, cached, over HTTP at the service (token, routing, JSON)", overHttp));
        Console.WriteLine(await RebuildAsync(db, client));
        return 0;
    }

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
        var body = await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync();
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return string.Create(CultureInfo.InvariantCulture, $"rebuild over {facts:N0}+ facts: {seconds:F1} s ({body})");
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

    private static string Line(string what, double[] sorted) => string.Create(CultureInfo.InvariantCulture,
        $"{what}: n={sorted.Length}, p50 {At(sorted, 0.50):F3} ms, p95 {At(sorted, 0.95):F3} ms, p99 {At(sorted, 0.99):F3} ms, max {sorted[^1]:F3} ms");

    private static double At(double[] sorted, double quantile) => sorted[Math.Min(sorted.Length - 1, (int)(quantile * sorted.Length))];
}
