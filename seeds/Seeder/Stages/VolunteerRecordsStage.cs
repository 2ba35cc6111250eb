using Platform.Seeds.Generator.Output;

namespace Platform.Seeds.Seeder.Stages;

/// <summary>
/// Teams and then activities through Volunteers' bulk imports, with the files' ids: an id already registered is
/// reported by the import and counts as loaded. Past activities carry their participant count and are recorded
/// completed; then who took part, with their confirmed minutes (and the points Volunteers credits for them), goes
/// through the attendance import in chunks that never split an activity.
/// </summary>
public static class VolunteerRecordsStage
{
    private const int AttendanceChunk = 20_000;

    private sealed record AttendanceDto(int Imported, int Skipped);

    public static Task<StageResult> RunTeamsAsync(SeedContext context, CancellationToken cancellationToken) =>
        ImportAsync(context, "teams", "teams.csv", "/api/volunteers/teams/import", cancellationToken);

    public static Task<StageResult> RunActivitiesAsync(SeedContext context, CancellationToken cancellationToken) =>
        ImportAsync(context, "activities", "activities.csv", "/api/volunteers/activities/import", cancellationToken);

    /// <summary>All or nothing per request; rows Volunteers has already recorded come back skipped and count as loaded.</summary>
    public static Task<StageResult> RunAttendanceAsync(SeedContext context, CancellationToken cancellationToken) =>
        Stage.RunAsync(context, "attendance", async () =>
        {
            var (header, records) = context.Data.ReadWithHeader("activity-participants.csv");
            var (already, created) = (0, 0);
            var options = new ParallelOptions { MaxDegreeOfParallelism = context.Settings.ImportConcurrency, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(ByActivity(records), options, async (chunk, ct) =>
            {
                using var csv = CsvUpload.Body(header, chunk.Select(r => r.Line));
                var result = await context.Api.SendAsync<AttendanceDto>("volunteers", HttpMethod.Post, "/api/volunteers/activities/attendance/import", csv, ct)
                    ?? throw new InvalidOperationException("Volunteers' attendance import met a participation recorded meanwhile; run the seeder again.");
                Interlocked.Add(ref already, result.Skipped);
                Interlocked.Add(ref created, result.Imported);
            });
            return (records.Count, already, created);
        });

    /// <summary>Chunks of about <see cref="AttendanceChunk"/> rows, cut where the activity changes (the file lists each activity's rows together).</summary>
    private static IEnumerable<List<CsvRecord>> ByActivity(List<CsvRecord> records)
    {
        var chunk = new List<CsvRecord>();
        foreach (var record in records)
        {
            if (chunk.Count >= AttendanceChunk && chunk[^1]["activityId"] != record["activityId"])
            {
                yield return chunk;
                chunk = [];
            }

            chunk.Add(record);
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }

    private static Task<StageResult> ImportAsync(SeedContext context, string stage, string file, string path, CancellationToken cancellationToken) =>
        Stage.RunAsync(context, stage, async () =>
        {
            var (header, records) = context.Data.ReadWithHeader(file);
            var report = await CsvUpload.PostAsync(context.Api, "volunteers", path, header, records.Select(r => r.Line), cancellationToken);
            return (records.Count, report.Rejected, report.Imported);
        });
}
