using Platform.Bench.Harness;
using Platform.Testing;

namespace Platform.Bench.Scenarios;

/// <summary>Comparison 8: memory of each service idle (after start) and loaded (after the load rows), and start-up time.</summary>
public sealed class Footprint(BenchPlatform platform)
{
    private readonly Dictionary<string, long> _idle = platform.Processes.ToDictionary(p => p.Key, p => p.Value.Usage().ResidentBytes);

    public BenchRow Row()
    {
        var loaded = platform.Processes.ToDictionary(p => p.Key, p => p.Value.Usage().ResidentBytes);
        var memory = string.Join("; ", platform.Processes.Keys.Order(StringComparer.Ordinal)
            .Select(name => $"{name} {Mb(_idle[name])} → {Mb(loaded[name])} MB"));
        var startup = string.Join(", ", platform.Processes.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{p.Key} {p.Value.TimeToHealthy.TotalSeconds.F("0.0")} s"));
        return new BenchRow(8, "memory of each process idle → after the load rows (RSS); time from start to healthy (Release, all started at once)",
            $"{memory}; all healthy after {platform.TimeToAllHealthy.TotalSeconds.F("0.0")} s ({startup})", "recorded", "—", "",
            new { idleBytes = _idle, loadedBytes = loaded, timeToHealthySeconds = platform.Processes.ToDictionary(p => p.Key, p => p.Value.TimeToHealthy.TotalSeconds) });
    }

    private static string Mb(long bytes) => (bytes / 1048576.0).F("0");
}
