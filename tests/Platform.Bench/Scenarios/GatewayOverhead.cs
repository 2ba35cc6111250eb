using Platform.Bench.Harness;
using Platform.Testing;

namespace Platform.Bench.Scenarios;

/// <summary>Comparisons 1 and 2: the same GET through the gateway (A) and straight to the service (B), 32 connections.</summary>
public static class GatewayOverhead
{
    public const int Connections = 32;

    public static async Task<BenchRow> TrivialGetAsync(BenchPlatform platform, BenchOptions options)
    {
        var ab = await CompareAsync(platform, options, "/api/party/caller", "1 trivial GET");
        var addedP50 = ab.A.Select(s => s.P50Ms!.Value).Median() - ab.B.Select(s => s.P50Ms!.Value).Median();
        return Row(1, "gateway vs direct, trivial GET (`/api/party/caller`, token checked, no database), 32 connections",
            ab, "ratio ≥ 0.5; added p50 ≤ 1 ms", ab.Ratio >= 0.5 && addedP50 <= 1, $"; added p50 {addedP50.F("0.00")} ms");
    }

    public static async Task<BenchRow> IndexedReadAsync(BenchPlatform platform, BenchOptions options)
    {
        var ab = await CompareAsync(platform, options, $"/api/party/regions/{BenchPlatform.Community}", "2 indexed read");
        return Row(2, "gateway vs direct, GET with one indexed database read (`/api/party/regions/{code}`), 32 connections",
            ab, "ratio ≥ 0.8", ab.Ratio >= 0.8, "");
    }

    private static Task<AbComparison> CompareAsync(BenchPlatform platform, BenchOptions options, string path, string label) =>
        new AbComparison(label,
            () => MeasureAsync(platform, new Uri(platform.Gateway, path), options.Duration),
            () => MeasureAsync(platform, new Uri(platform.Direct("party"), path), options.Duration)).RunAsync(options.Rounds);

    private static async Task<Sample> MeasureAsync(BenchPlatform platform, Uri url, TimeSpan duration)
    {
        var before = platform.Usage("gateway", "party");
        var run = await Wrk.RunAsync(url, platform.Token, Connections, duration);
        var after = platform.Usage("gateway", "party");
        return new Sample(run.RequestsPerSecond, run.P50Us / 1000.0, run.P99Us / 1000.0, run.Errors,
            BenchPlatform.CpuMsPerOperation(before, after, run.Requests));
    }

    private static BenchRow Row(int number, string comparison, AbComparison ab, string target, bool met, string extra)
    {
        var gateway = ab.A.Select(s => s.Value).ToList();
        var direct = ab.B.Select(s => s.Value).ToList();
        var figures = $"gateway {gateway.Median().F("0")} req/s ({gateway.Spread("0")}), p50 {ab.A.Select(s => s.P50Ms!.Value).Median().F("0.00")} ms, " +
            $"p99 {ab.A.Select(s => s.P99Ms!.Value).Median().F("0.0")} ms; direct {direct.Median().F("0")} req/s ({direct.Spread("0")}), " +
            $"p50 {ab.B.Select(s => s.P50Ms!.Value).Median().F("0.00")} ms, p99 {ab.B.Select(s => s.P99Ms!.Value).Median().F("0.0")} ms; " +
            $"ratio {ab.Ratio.F("0.00")}{extra}; errors {ab.A.Sum(s => s.Errors) + ab.B.Sum(s => s.Errors)}";
        return new BenchRow(number, comparison, figures, target, met ? "yes" : "no",
            $"via gateway: {Cpu(ab.A)}; direct: {Cpu(ab.B)}", new { gateway = ab.A, direct = ab.B, ab.Ratio });
    }

    public static string Cpu(IEnumerable<Sample> samples)
    {
        var all = samples.Where(s => s.CpuMsPerOperation is not null).ToList();
        return all.Count == 0 ? "" : string.Join(", ", all[0].CpuMsPerOperation!.Keys
            .Select(k => $"{k} {all.Select(s => s.CpuMsPerOperation![k]).Median().F("0.000")}"));
    }
}
