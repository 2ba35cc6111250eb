using Microsoft.Extensions.Logging;
using Platform.Seeds.Generator;

namespace Platform.Seeds.Seeder.Stages;

/// <summary>
/// The hierarchy through PartyBuilding's bulk import (one request, all or nothing), only the regions it does not have
/// yet; then waits until the replicas of Volunteers, Incubation, Charity and Reporting know every community, since their
/// imports check them there.
/// </summary>
public static class RegionsStage
{
    /// <summary>The services whose imports check communities in their own replica.</summary>
    private static readonly string[] ReplicaServices = ["volunteers", "incubation", "charity", "reporting"];

    private sealed record RegionDto(string Code);

    private sealed record ImportedDto(int Imported);

    public static Task<StageResult> RunAsync(SeedContext context, CancellationToken cancellationToken) =>
        Stage.RunAsync(context, "regions", async () =>
        {
            var rows = context.Data.Read("regions.csv");
            var stored = (await context.Api.GetAllAsync<RegionDto>("party", $"/api/party/regions?region={Targets.CityCode}&includeRetired=true", 500, cancellationToken))
                .Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
            var missing = rows.Where(r => !stored.Contains(r["code"])).Select(r => new
            {
                code = r["code"], name = r["name"], level = r["level"], parentCode = r.Optional("parentCode"), category = r.Optional("category"),
                pilot = r.Optional("pilot") is { } pilot ? bool.Parse(pilot) : (bool?)null, propertyCompany = r.Optional("propertyCompany"),
                committee = r.Optional("committee"),
            }).ToList();
            var created = 0;
            if (missing.Count > 0)
            {
                var result = await context.Api.SendAsync<ImportedDto>("party", HttpMethod.Post, "/api/party/regions/import",
                    PlatformClient.JsonBody(missing), cancellationToken) ?? throw new InvalidOperationException("The region import conflicted.");
                created = result.Imported;
            }

            var communities = rows.Where(r => r["level"] == "Community").Select(r => r["code"]).ToList();
            await Task.WhenAll(ReplicaServices.Select(service => WaitForReplicaAsync(context, service, communities, cancellationToken)));

            return (rows.Count, rows.Count - missing.Count, created);
        });

    /// <summary>
    /// Walks the codes in registration order, asking the service's replica (GET …/replica/regions/{code}) for each, and
    /// waits at the first one it has not learnt yet: a replica learns them roughly in order, so this asks a few hundred
    /// questions instead of polling every missing code each second while the consumers need the CPU.
    /// </summary>
    private static async Task WaitForReplicaAsync(SeedContext context, string service, List<string> codes, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + context.Settings.EventualTimeout;
        var waits = 0;
        for (var next = 0; next < codes.Count;)
        {
            if (await context.Api.GetOrDefaultAsync<RegionDto>(service, $"/api/{service}/replica/regions/{codes[next]}", cancellationToken) is not null)
            {
                next++;
                continue;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"{service} has not learnt {codes.Count - next:N0} communities (e.g. {codes[next]}) after {context.Settings.EventualTimeout}.");
            }

            if (waits++ % 10 == 0)
            {
                context.Logger.LogInformation("regions: waiting for {Service} to learn {Count:N0} more communities", service, codes.Count - next);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }
    }
}
