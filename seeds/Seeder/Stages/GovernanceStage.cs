using Platform.Seeds.Generator;

namespace Platform.Seeds.Seeder.Stages;

/// <summary>
/// County and street governance centres (综治中心), one legal adviser per community (一社区一法律顾问), then the community
/// facilities (one CSV import; PartyBuilding skips the designations it has).
/// </summary>
public static class GovernanceStage
{
    private sealed record CentreDto(string RegionCode);

    private sealed record AdviserDto(string CommunityCode);

    private sealed record SubtreeDto(int LegalAdvisers);

    private sealed record FacilityImportDto(int Imported, int Skipped);

    public static async Task<IReadOnlyList<StageResult>> RunAsync(SeedContext context, CancellationToken cancellationToken) =>
    [
        await Stage.RunAsync(context, "governance centres", async () =>
        {
            var records = context.Data.Read("governance-centres.csv");
            var stored = (await context.Api.GetAllAsync<CentreDto>("party", $"/api/party/governance-centres?region={Targets.CityCode}", 500, cancellationToken))
                .Select(c => c.RegionCode).ToHashSet(StringComparer.Ordinal);
            var created = await context.ForEachAsync(records.Where(r => !stored.Contains(r["regionCode"])), async (r, ct) =>
            {
                var body = new { regionCode = r["regionCode"], name = r["name"], demonstration = bool.Parse(r["demonstration"]) };
                return await context.Api.SendAsync<CentreDto>("party", HttpMethod.Post, "/api/party/governance-centres", PlatformClient.JsonBody(body), ct) is not null;
            }, cancellationToken);
            return (records.Count, records.Count(r => stored.Contains(r["regionCode"])), created);
        }),
        await Stage.RunAsync(context, "legal advisers", async () =>
        {
            var records = context.Data.Read("legal-advisers.csv");
            var subtree = await context.Api.GetOrDefaultAsync<SubtreeDto>("party", $"/api/party/regions/{Targets.CityCode}/subtree", cancellationToken);
            if (subtree?.LegalAdvisers >= records.Count)
            {
                return (records.Count, records.Count, 0);
            }

            var created = await context.ForEachAsync(records, async (r, ct) =>
            {
                var path = $"/api/party/communities/{r["communityCode"]}/legal-adviser";
                if (await context.Api.GetOrDefaultAsync<AdviserDto>("party", path, ct) is not null)
                {
                    return false;
                }

                await context.Api.SendAsync<AdviserDto>("party", HttpMethod.Put, path,
                    PlatformClient.JsonBody(new { name = r["name"], lawFirm = r["lawFirm"], phone = r.Optional("phone") }), ct);
                return true;
            }, cancellationToken);
            return (records.Count, records.Count - created, created);
        }),
        await Stage.RunAsync(context, "community facilities", async () =>
        {
            var (header, records) = context.Data.ReadWithHeader("community-facilities.csv");
            using var csv = CsvUpload.Body(header, records.Select(r => r.Line));
            var result = await context.Api.SendAsync<FacilityImportDto>("party", HttpMethod.Post, "/api/party/facilities/import", csv, cancellationToken)
                ?? throw new InvalidOperationException("PartyBuilding's facility import conflicted with a concurrent one; run the seeder again.");
            return (records.Count, result.Skipped, result.Imported);
        }),
    ];
}
