namespace Platform.Bench.Harness;

/// <summary>One measured run: the figure (requests/s, rows/s, ms…), latencies where there are any, CPU per operation by process.</summary>
public sealed record Sample(double Value, double? P50Ms = null, double? P99Ms = null, long Errors = 0,
    IReadOnlyDictionary<string, double>? CpuMsPerOperation = null);

public static class Stats
{
    public static double Median(this IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static string Spread(this IReadOnlyCollection<double> values, string format) =>
        values.Count == 0 ? "" : $"{values.Min().ToString(format, System.Globalization.CultureInfo.InvariantCulture)}–{values.Max().ToString(format, System.Globalization.CultureInfo.InvariantCulture)}";

    public static string F(this double value, string format = "0.##") =>
        double.IsNaN(value) ? "n/a" : value.ToString(format, System.Globalization.CultureInfo.InvariantCulture);
}

public static class Percentiles
{
    /// <summary>The nearest-rank percentile (0–100) of the values.</summary>
    public static double Percentile(this IEnumerable<double> values, double percent)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
