using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Platform.Seeds.Seeder.Stages;

namespace Platform.Seeds.Seeder;

/// <summary>
/// One seeding: regions first (everything hangs on them), then the records of PartyBuilding, Volunteers, Incubation,
/// Charity and Reporting side by side, each line in dependency order; every stage skips what is already loaded, so a second run creates nothing.
/// </summary>
public static class SeedRun
{
    public static async Task<SeedReport> RunAsync(IConfiguration configuration, ILogger logger, CancellationToken cancellationToken)
    {
        var settings = configuration.GetSection(SeedSettings.Section).Get<SeedSettings>() ?? new SeedSettings();
        var stopwatch = Stopwatch.StartNew();
        if (settings.Scale == "none")
        {
            logger.LogInformation("Seed:Scale is none: nothing to load.");
            return new SeedReport("none", [], stopwatch.Elapsed, []);
        }

        var data = SeedData.Locate(settings, logger);
        using var api = await PlatformClient.ConnectAsync(configuration, settings, cancellationToken);
        var context = new SeedContext(api, data, settings, logger);
        var stages = new List<StageResult>
        {
            await RegionsStage.RunAsync(context, cancellationToken),
            // Members, red-pairing projects and the figures hang on the party organisations: one bulk request, first.
            await PartyOrganisationsStage.RunAsync(context, cancellationToken),
        };
        var party = PartyAsync(context, cancellationToken);
        var volunteers = VolunteersAsync(context, cancellationToken);
        var incubation = IncubationStage.RunAsync(context, cancellationToken);
        var charity = CharityStage.RunAsync(context, cancellationToken);
        var reporting = ReportingStage.RunAsync(context, cancellationToken);
        stages.AddRange(await party);
        stages.AddRange(await volunteers);
        stages.AddRange(await incubation);
        stages.AddRange(await charity);
        stages.Add(await reporting);

        if (!await FiguresCheck.WaitForVolunteersAsync(api, data.Manifest, settings.EventualTimeout,
                missing => logger.LogInformation("waiting for Volunteers to create {Missing:N0} dual-reported members' profiles", missing), cancellationToken))
        {
            logger.LogWarning("Volunteers has not created every dual-reported member's profile within {Timeout}", settings.EventualTimeout);
        }

        var figures = await FiguresCheck.ReadAsync(api, data.Manifest, cancellationToken);
        foreach (var row in figures)
        {
            logger.LogInformation("{Figure,-45} files {Files,9:N0}  loaded {Loaded,9:N0}  {Status}", row.Figure, row.Files, row.Loaded, row.Matches ? "ok" : "DIFFERS");
        }

        var overview = await FiguresCheck.ReadOverviewAsync(api, "reporting", data.Manifest, settings.OverviewQuiet, settings.EventualTimeout,
            differing => logger.LogInformation("waiting for Reporting: {Differing} figures of the city overview still differ", differing), cancellationToken);
        FiguresCheck.LogOverview(logger, "Reporting", data.Manifest, overview);

        var report = new SeedReport(data.Manifest.Scale, stages, stopwatch.Elapsed, overview);
        logger.LogInformation("Seed complete ({Scale}): {Created} records created in {Seconds} s", report.Scale, report.Created,
            report.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture));
        return report;
    }

    private static async Task<List<StageResult>> PartyAsync(SeedContext context, CancellationToken cancellationToken)
    {
        var results = new List<StageResult>
        {
            await MembersStage.RunAsync(context, cancellationToken),
        };
        results.AddRange(await GovernanceStage.RunAsync(context, cancellationToken));
        return results;
    }

    private static async Task<List<StageResult>> VolunteersAsync(SeedContext context, CancellationToken cancellationToken) =>
    [
        await VolunteersStage.RunAsync(context, cancellationToken),
        await VolunteerRecordsStage.RunTeamsAsync(context, cancellationToken),
        await VolunteerRecordsStage.RunActivitiesAsync(context, cancellationToken),
        await VolunteerRecordsStage.RunAttendanceAsync(context, cancellationToken),
    ];
}
