using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Platform.Testing;

namespace Platform.Bench.Harness;

/// <summary>Writes <c>latest.json</c> and <c>latest.md</c>, and the README's table between its bench markers.</summary>
public static partial class ResultsWriter
{
    [GeneratedRegex("<!-- bench:start -->.*<!-- bench:end -->", RegexOptions.Singleline)]
    private static partial Regex ReadmeSection();

    private static readonly JsonSerializerOptions Indented = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task WriteAsync(BenchOptions options, IReadOnlyList<BenchRow> rows, TimeSpan wallTime)
    {
        Directory.CreateDirectory(options.Output);
        var machine = Machine();
        var when = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        var json = JsonSerializer.Serialize(new { date = when, machine, options.Rounds, durationSeconds = options.Duration.TotalSeconds, wallTimeSeconds = wallTime.TotalSeconds, rows },
            Indented);
        await File.WriteAllTextAsync(Path.Combine(options.Output, "latest.json"), json);

        var table = Table(rows, when, machine, options, wallTime);
        await File.WriteAllTextAsync(Path.Combine(options.Output, "latest.md"), "# Benchmark results\n\n" + table);
        var readme = Path.Combine(RepositoryRoot.Path, "README.md");
        var text = await File.ReadAllTextAsync(readme);
        // Only a run that writes the repository's own results updates the README; a trial run elsewhere leaves it alone.
        if (options.IsDefaultOutput && ReadmeSection().IsMatch(text))
        {
            await File.WriteAllTextAsync(readme, ReadmeSection().Replace(text, $"<!-- bench:start -->\n{table}<!-- bench:end -->"));
        }
    }

    private static string Table(IReadOnlyList<BenchRow> rows, string when, string machine, BenchOptions options, TimeSpan wallTime)
    {
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Measured {when} on {machine}; {options.Rounds} A/B rounds after a warm-up, ")
            .Append(CultureInfo.InvariantCulture, $"{options.Duration.TotalSeconds} s per HTTP measurement; medians with (min–max); the whole run took {wallTime.TotalMinutes:0.0} min. ")
            .Append("Load generator, gateway, services and servers share the same cores. Produced by `./build.sh bench`.")
            .AppendLine()
            .AppendLine()
            .AppendLine("| # | comparison | figures | target | met | CPU ms per operation |")
            .AppendLine("|---|---|---|---|---|---|");
        foreach (var row in rows.OrderBy(r => r.Number))
        {
            text.Append(CultureInfo.InvariantCulture, $"| {row.Number} | {row.Comparison} | {row.Figures} | {row.Target} | {row.Met} | {row.CpuPerOperation} |").AppendLine();
        }

        return text.ToString();
    }

    private static string Machine()
    {
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        var memory = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        var os = File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?.Split('=', 2)[1].Trim('"') ?? "Linux";
        // Other work on the machine skews every figure; the load when the run ended says how much there was.
        var load = File.ReadAllText("/proc/loadavg").Split(' ')[..3];
        return $"{Environment.ProcessorCount} × {cpu}, {long.Parse(memory, CultureInfo.InvariantCulture) / 1048576.0:0} GiB, {os}, .NET {Environment.Version}, " +
            $"load average at the end {string.Join(" / ", load)}";
    }
}
