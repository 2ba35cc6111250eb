using System.Text;
using Microsoft.Extensions.Logging;

namespace Platform.Seeds.Seeder.Stages;

/// <summary>
/// Volunteers through the Volunteers bulk import (streamed CSV, binary COPY), one request per street so that a re-run
/// can skip the streets whose count already matches; rows already registered come back as rejected and count as loaded.
/// </summary>
public static class VolunteersStage
{
    private sealed record CountDto(int Total);

    private sealed record ImportErrorDto(int Row, string Field, string Message);

    private sealed record ImportReportDto(int Rows, int Imported, int Rejected, List<ImportErrorDto> Errors);

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
                        var report = await ImportAsync(context, header, rows.Select(r => r.Line), ct);
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

    private static async Task<ImportReportDto> ImportAsync(SeedContext context, string header, IEnumerable<string> lines, CancellationToken cancellationToken)
    {
        var csv = new StringBuilder(header).Append('\n');
        foreach (var line in lines)
        {
            csv.Append(line).Append('\n');
        }

        using var content = new StringContent(csv.ToString(), Encoding.UTF8, "text/csv");
        var report = await context.Api.SendAsync<ImportReportDto>("volunteers", HttpMethod.Post, "/api/volunteers/volunteers/import", content, cancellationToken)
            ?? throw new InvalidOperationException("The volunteer import answered 409.");
        // Re-runs meet their own rows again: "already registered" is expected, anything else is a bad seed file.
        var unexpected = report.Errors.Where(e => !e.Message.Contains("already registered", StringComparison.Ordinal)).ToList();
        if (unexpected.Count > 0)
        {
            throw new InvalidDataException($"The volunteer import rejected {unexpected.Count} rows, e.g. row {unexpected[0].Row} {unexpected[0].Field}: {unexpected[0].Message}");
        }

        return report;
    }
}
