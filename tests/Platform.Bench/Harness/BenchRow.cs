namespace Platform.Bench.Harness;

/// <summary>One line of the results table: what was compared, the figures, the target and whether this run met it.</summary>
public sealed record BenchRow(
    int Number,
    string Comparison,
    string Figures,
    string Target,
    string Met,
    string CpuPerOperation,
    object? Details = null)
{
    public static BenchRow NotRun(int number, string comparison, string target, string why) =>
        new(number, comparison, $"not run: {why}", target, "—", "");
}
