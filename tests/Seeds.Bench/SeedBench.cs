using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Seeds.Seeder;
using Platform.Seeds.Tests;
using Platform.Testing;

namespace Platform.Seeds.Bench;

/// <summary>
/// Seeds the five domain services at full scale (or the scale given) on fresh databases, the services started as the
/// tests start them, and prints each stage's time, then runs the seeder a second time to show it skips everything.
/// Run: <c>dotnet run -c Release --project tests/Seeds.Bench -- full</c>.
/// </summary>
internal static class SeedBench
{
    public static async Task<int> Main(string[] args)
    {
        var scale = args.Length > 0 ? args[^1] : "full";
        foreach (var (variable, folder) in new[]
        {
            ("PLATFORM_PARTYBUILDING", "services/PartyBuilding"), ("PLATFORM_VOLUNTEERS", "services/Volunteers"), ("PLATFORM_IDENTITY", "services/Identity"),
            ("PLATFORM_INCUBATION", "services/Incubation"), ("PLATFORM_CHARITY", "services/Charity"), ("PLATFORM_REPORTING", "services/Reporting"),
            ("PLATFORM_GATEWAY", "gateway"),
        })
        {
            // Outside a test host the factory does not find a service's content root by itself.
            Environment.SetEnvironmentVariable($"ASPNETCORE_TEST_CONTENTROOT_{variable}", Path.Combine(RepositoryRoot.Path, folder));
        }

        var clock = Stopwatch.StartNew();
        await using var services = await SeedServices.StartAsync(new Dictionary<string, string?>
        {
            ["Seed:Scale"] = scale,
            ["Seed:DataDirectory"] = Path.Combine(RepositoryRoot.Path, "seeds", ".data"),
            ["Seed:SamplesDirectory"] = Path.Combine(RepositoryRoot.Path, "seeds", "samples"),
        }, web => web.UseSetting("Logging:LogLevel:Default", "Warning"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"services healthy after {clock.Elapsed.TotalSeconds:F1} s"));

        using var logging = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true));
        var logger = logging.CreateLogger("Seeder");
        var first = await SeedRun.RunAsync(services.SeederConfiguration, logger, CancellationToken.None);
        var second = await SeedRun.RunAsync(services.SeederConfiguration, logger, CancellationToken.None);
        foreach (var (run, report) in new[] { ("first", first), ("second", second) })
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{run} run: {report.Created:N0} created in {report.Elapsed.TotalSeconds:F1} s"));
            foreach (var stage in report.Stages)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {stage.Stage,-32} {stage.Planned,9:N0} planned {stage.AlreadyLoaded,9:N0} skipped {stage.Created,9:N0} created {stage.Elapsed.TotalSeconds,7:F1} s"));
            }
        }

        Console.WriteLine("city overview (Reporting) after the first run: figure | DOMAIN.md section 5 | files | overview | status");
        foreach (var row in first.Overview)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {row.Figure,-45} | {row.Article,-12} | {row.Files,12:N0} | {row.Overview,12:N0} | {row.Status}"));
        }

        var check = await OverviewCheck.RunAsync(services.SeederConfiguration, logging.CreateLogger("FiguresCheck"), CancellationToken.None);
        return second.Created == 0 && !check.Any(r => r.Differs) ? 0 : 1;
    }
}
