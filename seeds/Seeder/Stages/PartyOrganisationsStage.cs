using System.Globalization;

namespace Platform.Seeds.Seeder.Stages;

/// <summary>
/// Party organisations through PartyBuilding's bulk import (all or nothing, a parent may be another row), with the
/// files' ids: organisations whose id exists are skipped by the service. The files' keys map to those ids for the
/// members' stage.
/// </summary>
public static class PartyOrganisationsStage
{
    private sealed record ImportResultDto(int Imported, int Skipped);

    public static Task<StageResult> RunAsync(SeedContext context, CancellationToken cancellationToken) =>
        Stage.RunAsync(context, "party organisations", async () =>
        {
            var records = context.Data.Read("party-organisations.csv");
            foreach (var r in records)
            {
                context.Ids[r["key"]] = Guid.Parse(r["id"], CultureInfo.InvariantCulture);
            }

            var rows = records.Select(r => new
            {
                id = r["id"], name = r["name"], kind = r["kind"], regionCode = r["regionCode"], parentId = r.Optional("parentId"),
                secretary = r["secretary"], foundedOn = r["foundedOn"],
            }).ToList();
            var result = await context.Api.SendAsync<ImportResultDto>("party", HttpMethod.Post, "/api/party/organisations/import",
                PlatformClient.JsonBody(rows), cancellationToken)
                ?? throw new InvalidOperationException("The organisation import conflicts with a committee the files do not know.");
            return (records.Count, result.Skipped, result.Imported);
        });
}
