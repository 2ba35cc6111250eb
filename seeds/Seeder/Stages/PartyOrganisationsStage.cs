using Platform.Seeds.Generator;
using Platform.Seeds.Generator.Output;

namespace Platform.Seeds.Seeder.Stages;

/// <summary>
/// Party organisations one by one (PartyBuilding has no bulk path for them): those without a parent first, then the
/// rest with their parent's id. An organisation already there (same kind, region and name) is skipped.
/// </summary>
public static class PartyOrganisationsStage
{
    private sealed record OrganisationDto(Guid Id, string Name, string Kind, string RegionCode);

    public static Task<StageResult> RunAsync(SeedContext context, CancellationToken cancellationToken) =>
        Stage.RunAsync(context, "party organisations", async () =>
        {
            var records = context.Data.Read("party-organisations.csv");
            var stored = await context.StoredAsync<OrganisationDto, (string, string, string)>(
                "party", $"/api/party/organisations?under={Targets.CityCode}", 500, o => (o.Kind, o.RegionCode, o.Name), cancellationToken);
            var already = 0;
            foreach (var record in records)
            {
                if (stored.TryGetValue(Key(record), out var existing))
                {
                    context.Ids[record["key"]] = existing.Id;
                    already++;
                }
            }

            var missing = records.Where(r => !context.Ids.ContainsKey(r["key"])).ToList();
            var created = await CreateAsync(context, missing.Where(r => r.Optional("parentKey") is null), cancellationToken)
                + await CreateAsync(context, missing.Where(r => r.Optional("parentKey") is not null), cancellationToken);
            return (records.Count, already, created);
        });

    private static (string, string, string) Key(CsvRecord r) => (r["kind"], r["regionCode"], r["name"]);

    private static Task<int> CreateAsync(SeedContext context, IEnumerable<CsvRecord> records, CancellationToken cancellationToken) =>
        context.ForEachAsync(records, async (r, ct) =>
        {
            var body = new
            {
                name = r["name"], kind = r["kind"], regionCode = r["regionCode"],
                parentId = r.Optional("parentKey") is { } parent ? context.Ids[parent] : (Guid?)null,
                secretary = r["secretary"], foundedOn = r["foundedOn"],
            };
            var created = await context.Api.SendAsync<OrganisationDto>("party", HttpMethod.Post, "/api/party/organisations", PlatformClient.JsonBody(body), ct)
                ?? throw new InvalidOperationException($"{r["key"]} conflicts with an organisation the listing did not show.");
            context.Ids[r["key"]] = created.Id;
            return true;
        }, cancellationToken);
}
