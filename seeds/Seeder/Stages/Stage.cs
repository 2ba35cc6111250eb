using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Platform.Seeds.Seeder.Stages;

/// <summary>Times a stage and logs one progress line for it (the dashboard shows the seeder's console).</summary>
public static class Stage
{
    public static async Task<StageResult> RunAsync(SeedContext context, string name, Func<Task<(int Planned, int AlreadyLoaded, int Created)>> work)
    {
        var stopwatch = Stopwatch.StartNew();
        context.Logger.LogInformation("{Stage}: started", name);
        var (planned, already, created) = await work();
        var result = new StageResult(name, planned, already, created, stopwatch.Elapsed);
        context.Logger.LogInformation("{Stage}: {Planned:N0} in the files, {Already:N0} already loaded, {Created:N0} created in {Seconds:F1} s",
            name, planned, already, created, stopwatch.Elapsed.TotalSeconds);
        return result;
    }
}
