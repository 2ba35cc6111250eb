using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using Platform.Bench.Harness;
using Platform.Testing;

namespace Platform.Bench.Scenarios;

/// <summary>
/// <c>./build.sh chaos</c>: mixed reads and writes through the gateway at half of the measured capacity for N minutes.
/// Fails (exit code 1) on any error answer or when a process's memory grows by more than a third after the first
/// minute; writes bench/results/soak.md (soak-apphost.md over the AppHost) either way.
/// </summary>
public static class Soak
{
    private const double AllowedGrowth = 1 / 3.0;
    private static int s_next;

    public static async Task<int> RunAsync(ISoakTarget platform, BenchOptions options, TimeSpan length)
    {
        var readUrl = new Uri(platform.Gateway, $"/api/party/regions/{BenchPlatform.Community}");
        var readCapacity = (await Wrk.RunAsync(readUrl, platform.Token, 32, TimeSpan.FromSeconds(5))).RequestsPerSecond;
        var writeCapacity = await WriteBurstAsync(platform);
        Console.WriteLine($"[soak] capacity: {readCapacity:0} reads/s, {writeCapacity:0} writes/s; running at half for {length.TotalMinutes} min");

        var errors = 0L;
        var requests = 0L;
        var samples = new List<(TimeSpan At, Dictionary<string, long> Rss)>();
        var clock = Stopwatch.StartNew();
        async Task PacedAsync(double rate, Func<Task<bool>> call)
        {
            var inFlight = new List<Task>();
            for (var n = 0L; clock.Elapsed < length; n++)
            {
                var due = TimeSpan.FromSeconds(n / rate);
                if (due > clock.Elapsed)
                {
                    await Task.Delay(due - clock.Elapsed);
                }

                inFlight.Add(Task.Run(async () =>
                {
                    Interlocked.Increment(ref requests);
                    if (!await call())
                    {
                        Interlocked.Increment(ref errors);
                    }
                }));
                inFlight.RemoveAll(t => t.IsCompleted);
            }

            await Task.WhenAll(inFlight);
        }

        var sampler = Task.Run(async () =>
        {
            while (clock.Elapsed < length)
            {
                samples.Add((clock.Elapsed, platform.ResidentBytes()));
                await Task.Delay(TimeSpan.FromSeconds(15));
            }
        });
        await Task.WhenAll(
            PacedAsync(readCapacity / 2, async () => (await platform.Http.GetAsync(readUrl)).IsSuccessStatusCode),
            PacedAsync(writeCapacity / 2, () => RegisterAsync(platform, platform.Gateway)),
            sampler);
        samples.Add((clock.Elapsed, platform.ResidentBytes()));

        var baseline = samples.First(s => s.At >= TimeSpan.FromMinutes(1)).Rss;
        var last = samples[^1].Rss;
        var growth = last.ToDictionary(p => p.Key, p => (p.Value - baseline[p.Key]) / (double)baseline[p.Key]);
        var passed = errors == 0 && growth.Values.All(g => g <= AllowedGrowth);
        await WriteAsync(options, platform.Description, length, readCapacity, writeCapacity, requests, errors, baseline, last, growth, passed);
        return passed ? 0 : 1;
    }

    private static async Task<double> WriteBurstAsync(ISoakTarget platform)
    {
        var burst = Stopwatch.StartNew();
        var count = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, int.MaxValue).TakeWhile(_ => burst.Elapsed < TimeSpan.FromSeconds(5)),
            new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (_, _) =>
            {
                await RegisterAsync(platform, platform.Direct("volunteers"));
                Interlocked.Increment(ref count);
            });
        return count / burst.Elapsed.TotalSeconds;
    }

    private static async Task<bool> RegisterAsync(ISoakTarget platform, Uri baseAddress)
    {
        var n = Interlocked.Increment(ref s_next);
        using var response = await platform.Http.PostAsJsonAsync(new Uri(baseAddress, "/api/volunteers/volunteers"), new
        {
            name = $"耐久{n}", idNumber = SyntheticVolunteers.IdNumber("511622", n), communityCode = BenchPlatform.OtherCommunity,
        });
        return response.IsSuccessStatusCode;
    }

    private static async Task WriteAsync(BenchOptions options, string platform, TimeSpan length, double readCapacity, double writeCapacity, long requests, long errors,
        Dictionary<string, long> baseline, Dictionary<string, long> last, Dictionary<string, double> growth, bool passed)
    {
        var text = new StringBuilder()
            .AppendLine("# Soak")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {platform}: {length.TotalMinutes} min through the gateway at half capacity " +
                $"({readCapacity / 2:0} reads/s of {readCapacity:0}, {writeCapacity / 2:0} volunteer registrations/s of {writeCapacity:0}): " +
                $"{requests} requests, {errors} errors. {(passed ? "Passed" : "FAILED")}.")
            .AppendLine()
            .AppendLine("| process | RSS after 1 min | RSS at the end | growth |")
            .AppendLine("|---|---|---|---|");
        foreach (var (name, end) in last.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {baseline[name] / 1048576.0:0} MB | {end / 1048576.0:0} MB | {growth[name]:+0.0%;-0.0%} |");
        }

        Directory.CreateDirectory(options.Output);
        await File.WriteAllTextAsync(Path.Combine(options.Output, options.OverAppHost ? "soak-apphost.md" : "soak.md"), text.ToString());
        Console.WriteLine(text);
    }
}
