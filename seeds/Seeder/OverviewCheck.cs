using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Platform.Seeds.Seeder;

/// <summary>
/// The seeder's check-only mode (<c>--check-figures</c>): once the seeder has completed, reads the city overview THROUGH
/// THE GATEWAY (<c>services:gateway</c>) with the seeder's token, as a client would, and prints the figure table.
/// </summary>
public static class OverviewCheck
{
    public const string Argument = "--check-figures";

    /// <summary>Written into the seed data directory (<c>seeds/.data</c>) on every check; <c>./build.sh run</c> prints it.</summary>
    public const string ReportFile = "figures-check.md";

    /// <summary>The overview's rows; the caller exits non-zero when any differs.</summary>
    public static async Task<IReadOnlyList<OverviewRow>> RunAsync(IConfiguration configuration, ILogger logger, CancellationToken cancellationToken)
    {
        var settings = configuration.GetSection(SeedSettings.Section).Get<SeedSettings>() ?? new SeedSettings();
        if (settings.Scale == "none")
        {
            logger.LogInformation("Seed:Scale is none: no figures to check.");
            return [];
        }

        var data = SeedData.Locate(settings, logger);
        using var api = await PlatformClient.ConnectAsync(configuration, settings, cancellationToken);
        var overview = await FiguresCheck.ReadOverviewAsync(api, "gateway", data.Manifest, settings.OverviewQuiet, settings.EventualTimeout,
            differing => logger.LogInformation("waiting for the overview: {Differing} figures still differ", differing), cancellationToken);
        FiguresCheck.LogOverview(logger, "through the gateway", data.Manifest, overview);
        var report = Path.Combine(settings.DataDirectory, ReportFile);
        Directory.CreateDirectory(settings.DataDirectory);
        await File.WriteAllTextAsync(report, FiguresCheck.OverviewMarkdown("through the gateway", data.Manifest, overview, DateTimeOffset.UtcNow),
            cancellationToken);
        logger.LogInformation("The table is in {Report}.", Path.GetFullPath(report));
        var differing = overview.Count(r => r.Differs);
        if (differing > 0)
        {
            logger.LogError("{Differing} figures of the city overview differ from the seed files.", differing);
        }
        else
        {
            logger.LogInformation("Every figure of the city overview read through the gateway matches.");
        }

        return overview;
    }
}
