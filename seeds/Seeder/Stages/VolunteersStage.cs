using Microsoft.Extensions.Logging;

namespace Platform.Seeds.Seeder.Stages;

/// <summary>
/// Volunteers through the Volunteers bulk import (streamed CSV, binary COPY), one request per street so that a re-run
/// can skip the streets whose count already matches; rows already registered come back as rejected and count as loaded.
/// </summary>
public static class VolunteersStage
{
    private sealed record CountDto(int Total);

    public static Task<StageResult> RunAsync(SeedContext context, CancellationToken cancellationToken) =>
        Stage.RunAsync(context, "volunteers", async () =>
        {
            var (header, records) = context.Data.ReadWithHeader("volunteers.csv");
            var streets = records.GroupBy(r => r["communityCode"][..9]).ToList();
            var (already, created, done) = (0, 0, 0);
            await Parallel.ForEachAsync(streets, new ParallelOptions { MaxDegreeOfParallelism = context.Settings.ImportConcurrency, CancellationToken = cancellationToken },
                async (street, ct) =>
                {
                    var rows = street.ToList();
                    var count = await context.Api.GetOrDefaultAsync<CountDto>("volunteers", $"/api/volunteers/volunteers?region={street.Key}&pageSize=1", ct);
                    if (count?.Total >= rows.Count)
                    {
                        Interlocked.Add(ref already, rows.Count);
                    }
                    else
                    {
                        var report = await CsvUpload.PostAsync(context.Api, "volunteers", "/api/volunteers/volunteers/import", header, rows.Select(r => r.Line), ct);
                        Interlocked.Add(ref created, report.Imported);
                        Interlocked.Add(ref already, report.Rejected);
                    }

                    if (Interlocked.Add(ref done, rows.Count) * 10L / records.Count > (done - rows.Count) * 10L / records.Count)
                    {
                        context.Logger.LogInformation("volunteers: {Done:N0} of {Total:N0} rows through", done, records.Count);
                    }
                });
            return (records.Count, already, created);
        });
}
