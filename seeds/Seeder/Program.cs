using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Seeds.Seeder;

// Loads the seed dataset through the services' APIs and exits: 0 when seeded (or nothing to do), 1 on failure.
var builder = Host.CreateApplicationBuilder(args);
using var host = builder.Build();
var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Seeder");
try
{
    await SeedRun.RunAsync(builder.Configuration, logger, CancellationToken.None);
    return 0;
}
catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or InvalidDataException or TimeoutException)
{
    logger.LogError(ex, "Seeding failed; running the seeder again resumes where it stopped.");
    return 1;
}
