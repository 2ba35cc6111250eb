using System.Globalization;

namespace Platform.Bench.Harness;

/// <summary>
/// <c>--rounds N</c> (≥ 5 for the record), <c>--seconds N</c> per HTTP measurement, <c>--rows N</c> for the bulk import;
/// <c>--soak M</c> runs the M-minute soak instead of the comparisons, <c>--apphost</c> runs it over the real AppHost;
/// <c>--only 3</c> runs comparison 3 alone (the outbox, which needs only PostgreSQL and RabbitMQ), <c>--only 1</c> the trivial
/// GET alone (for A/B runs of two commits), <c>--only 9</c> the web console's rows over the seeded AppHost (the city
/// <c>--console-scale full|sample</c>, full by default), best with <c>--out</c> elsewhere than the repository's results.
/// </summary>
public sealed record BenchOptions(
    int Rounds, TimeSpan Duration, int ImportRows, string Output, int? SoakMinutes = null, bool OverAppHost = false, int? Only = null,
    string ConsoleScale = "full")
{
    public static readonly string DefaultOutput = Path.Combine(Platform.Testing.RepositoryRoot.Path, "bench", "results");

    public bool IsDefaultOutput => Path.GetFullPath(Output) == DefaultOutput;

    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Number(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new BenchOptions(Number("--rounds", 5), TimeSpan.FromSeconds(Number("--seconds", 10)), Number("--rows", 50_000),
            Value("--out") ?? DefaultOutput, Value("--soak") is { } soak ? int.Parse(soak, CultureInfo.InvariantCulture) : null,
            args.Contains("--apphost"), Value("--only") is { } only ? int.Parse(only, CultureInfo.InvariantCulture) : null,
            Value("--console-scale") ?? "full");
    }
}
