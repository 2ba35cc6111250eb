using System.Diagnostics;
using System.Net.Http.Json;
using Platform.Bench.Harness;
using Platform.Testing;

namespace Platform.Bench.Scenarios;

/// <summary>
/// Comparison 5: volunteers imported from one streamed CSV (validated per row, written with binary COPY) against the
/// same kind of rows registered one request at a time (16 in flight), in rows per second.
/// </summary>
public static class BulkImport
{
    private const int RowByRowCount = 2_000;
    private const int RowByRowConcurrency = 16;

    private static readonly string[] Skills = ["巡逻"];

    private sealed record ImportReport(int Rows, int Imported, int Rejected);

    public static async Task<BenchRow> RunAsync(BenchPlatform platform, BenchOptions options)
    {
        var next = 0;
        var ab = await new AbComparison("5 bulk import",
            () => ImportAsync(platform, options.ImportRows, Interlocked.Add(ref next, options.ImportRows) - options.ImportRows),
            () => RegisterOneByOneAsync(platform, Interlocked.Add(ref next, RowByRowCount) - RowByRowCount)).RunAsync(options.Rounds);

        var bulk = ab.A.Select(s => s.Value).ToList();
        var single = ab.B.Select(s => s.Value).ToList();
        return new BenchRow(5, $"bulk import of volunteers ({options.ImportRows:N0} rows, streamed CSV, COPY) vs row-by-row registration ({RowByRowCount:N0} rows, {RowByRowConcurrency} in flight)",
            $"bulk {bulk.Median().F("0")} rows/s ({bulk.Spread("0")}); row-by-row {single.Median().F("0")} rows/s ({single.Spread("0")}); ratio {ab.Ratio.F("0.0")}",
            "≥ 50,000 rows/s; ratio ≥ 2.5", bulk.Median() >= 50_000 && ab.Ratio >= 2.5 ? "yes" : "no",
            $"bulk: {GatewayOverhead.Cpu(ab.A)}; row-by-row: {GatewayOverhead.Cpu(ab.B)}", new { bulk = ab.A, rowByRow = ab.B, ab.Ratio });
    }

    private static async Task<Sample> ImportAsync(BenchPlatform platform, int rows, int first)
    {
        var before = platform.Usage("volunteers");
        var clock = Stopwatch.StartNew();
        using var response = await platform.Http.PostAsync(new Uri(platform.Direct("volunteers"), "/api/volunteers/volunteers/import"),
            new SyntheticVolunteers.Csv(first, rows, BenchPlatform.Community).Typed());
        var report = await response.Content.ReadFromJsonAsync<ImportReport>();
        clock.Stop();
        if (report is null || report.Imported != rows)
        {
            throw new InvalidOperationException($"Import of {rows} rows: {(int)response.StatusCode}, imported {report?.Imported}, rejected {report?.Rejected}");
        }

        return new Sample(rows / clock.Elapsed.TotalSeconds, CpuMsPerOperation: BenchPlatform.CpuMsPerOperation(before, platform.Usage("volunteers"), rows));
    }

    private static async Task<Sample> RegisterOneByOneAsync(BenchPlatform platform, int first)
    {
        var before = platform.Usage("volunteers");
        var url = new Uri(platform.Direct("volunteers"), "/api/volunteers/volunteers");
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(first, RowByRowCount), new ParallelOptions { MaxDegreeOfParallelism = RowByRowConcurrency },
            async (n, ct) =>
            {
                using var response = await platform.Http.PostAsJsonAsync(url, new
                {
                    name = $"志愿者{n}", idNumber = SyntheticVolunteers.IdNumber("511602", n), phone = SyntheticVolunteers.Phone(n),
                    communityCode = BenchPlatform.OtherCommunity, skills = Skills,
                }, ct);
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"Registering volunteer {n}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
                }
            });
        clock.Stop();
        return new Sample(RowByRowCount / clock.Elapsed.TotalSeconds,
            CpuMsPerOperation: BenchPlatform.CpuMsPerOperation(before, platform.Usage("volunteers"), RowByRowCount));
    }
}
