using System.Text;
using Platform.Imports;
using Platform.Seeds.Generator;
using Platform.Seeds.Generator.Output;

namespace Platform.Seeds.Seeder.Stages;

/// <summary>
/// Six-services records through Reporting's CSV import, one request per street (a file is all or nothing, so a street is
/// loaded whole or not at all). The import takes no ids: a street whose records Reporting already holds (counted from
/// its export) is skipped.
/// </summary>
public static class ReportingStage
{
    private const string Header = "serviceKind,providerKind,providerId,providerName,communityCode,date,beneficiaries,description";

    private sealed record ImportDto(int Imported);

    public static Task<StageResult> RunAsync(SeedContext context, CancellationToken cancellationToken) =>
        Stage.RunAsync(context, "six-services records", async () =>
        {
            var records = context.Data.Read("service-records.csv");
            var stored = await StoredPerStreetAsync(context, cancellationToken);
            var missing = records.GroupBy(r => r["communityCode"][..9]).Where(s => stored.GetValueOrDefault(s.Key) < s.Count()).ToList();
            var created = 0;
            await context.ForEachAsync(missing, async (street, ct) =>
            {
                var csv = new StringBuilder(Header).Append('\n');
                foreach (var r in street)
                {
                    csv.Append(CsvFile.Line([Kind(r["service"]), r["providerKind"], r["providerId"], $"{r["providerKind"]} {r["providerId"][^4..]}",
                        r["communityCode"], r["date"], r["personTimes"], r["summary"]])).Append('\n');
                }

                using var content = new StringContent(csv.ToString(), Encoding.UTF8, "text/csv");
                var report = await context.Api.SendAsync<ImportDto>("reporting", HttpMethod.Post, "/api/reporting/records/import", content, ct)
                    ?? throw new InvalidOperationException($"Reporting refused the records of street {street.Key} with 409.");
                Interlocked.Add(ref created, report.Imported);
                return true;
            }, cancellationToken);
            return (records.Count, records.Count - created, created);
        });

    /// <summary>The seed files name elderly and child care ElderlyChildCare; Reporting's kind is ElderlyAndChildCare.</summary>
    private static string Kind(string service) => service == "ElderlyChildCare" ? "ElderlyAndChildCare" : service;

    private static async Task<Dictionary<string, int>> StoredPerStreetAsync(SeedContext context, CancellationToken cancellationToken)
    {
        using var response = await context.Api.For("reporting").GetAsync($"/api/reporting/exports/records.csv?region={Targets.CityCode}",
            HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var errors = new ImportErrors();
        await foreach (var record in CsvImport.ReadAsync(body, new ImportColumns(["communityCode"]), int.MaxValue, errors, cancellationToken))
        {
            var street = record.Required("communityCode")?[..9];
            if (street is not null)
            {
                counts[street] = counts.GetValueOrDefault(street) + 1;
            }
        }

        if (errors.Count > 0)
        {
            throw new InvalidDataException("Reporting's records export does not read: " + string.Join("; ", errors.ToDictionary().Keys));
        }

        return counts;
    }
}
