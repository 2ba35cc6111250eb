using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Seeds.Seeder;

// Loads the seed dataset through the services' APIs and exits: 0 when seeded (or nothing to do), 1 on failure.
// With --check-figures it only reads the city overview through the gateway: 0 when every figure matches, 1 otherwise.
var checkOnly = args.Contains(OverviewCheck.Argument);
var builder = Host.CreateApplicationBuilder(args.Where(a => a != OverviewCheck.Argument).ToArray());
using var host = builder.Build();
var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger(checkOnly ? "FiguresCheck" : "Seeder");
try
{
    if (checkOnly)
    {
        return (await OverviewCheck.RunAsync(builder.Configuration, logger, CancellationToken.None)).Any(r => r.Differs) ? 1 : 0;
    }

    await SeedRun.RunAsync(builder.Configuration, logger, CancellationToken.None);
    return 0;
}
catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or InvalidDataException or TimeoutException)
{
    logger.LogError(ex, "{What} failed; running it again resumes where it stopped.", checkOnly ? "The figures check" : "Seeding");
    return 1;
}
