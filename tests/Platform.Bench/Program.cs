using System.Diagnostics;
using Platform.Bench.Harness;
using Platform.Testing;
using Platform.Bench.Scenarios;

// ./build.sh bench: every comparison of the benchmark issue in one run; figures, never pass/fail.
var options = BenchOptions.Parse(args);
var wall = Stopwatch.StartNew();
var rows = new List<BenchRow>();
await using (var platform = await BenchPlatform.StartAsync())
{
    var footprint = new Footprint(platform);
    rows.Add(await GatewayOverhead.TrivialGetAsync(platform, options));
    rows.Add(await GatewayOverhead.IndexedReadAsync(platform, options));
    rows.Add(await OutboxCost.RunAsync(platform, options));
    rows.Add(BenchRow.NotRun(4, "event pipeline: HTTP write → effect visible in Reporting, at half the maximum rate", "p99 ≤ 1 s, zero lost, zero doubled",
        "the Reporting service (issue 8) has not landed"));
    rows.Add(await BulkImport.RunAsync(platform, options));
    rows.Add(BenchRow.NotRun(6, "city overview: cached vs uncached at full seed scale", "cached p99 ≤ 5 ms at the service",
        "the Reporting service (issue 8) and the seed dataset (issue 9) have not landed"));
    rows.Add(BenchRow.NotRun(7, "full city seed", "≤ 120 s", "the seeder (issue 9) has not landed"));
    rows.Add(footprint.Row());
}

await ResultsWriter.WriteAsync(options, rows, wall.Elapsed);
Console.WriteLine($"Benchmark finished in {wall.Elapsed.TotalMinutes:0.0} min; results in {options.Output}/latest.md");
return 0;
