namespace Platform.Seeds.Seeder.Stages;

/// <summary>
/// Teams and then activities through Volunteers' bulk imports, with the files' ids: an id already registered is
/// reported by the import and counts as loaded. Past activities carry their participant count and are recorded
/// completed; who took part, their hours and points are not loaded (the import does not take participants).
/// </summary>
public static class VolunteerRecordsStage
{
    public static Task<StageResult> RunTeamsAsync(SeedContext context, CancellationToken cancellationToken) =>
        ImportAsync(context, "teams", "teams.csv", "/api/volunteers/teams/import", cancellationToken);

    public static Task<StageResult> RunActivitiesAsync(SeedContext context, CancellationToken cancellationToken) =>
        ImportAsync(context, "activities", "activities.csv", "/api/volunteers/activities/import", cancellationToken);

    private static Task<StageResult> ImportAsync(SeedContext context, string stage, string file, string path, CancellationToken cancellationToken) =>
        Stage.RunAsync(context, stage, async () =>
        {
            var (header, records) = context.Data.ReadWithHeader(file);
            var report = await CsvUpload.PostAsync(context.Api, "volunteers", path, header, records.Select(r => r.Line), cancellationToken);
            return (records.Count, report.Rejected, report.Imported);
        });
}
