using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Platform.Bench.Harness;

/// <summary>One run of <c>wrk</c> (Debian's package): a fixed number of connections for a fixed time, summary as JSON.</summary>
public static class Wrk
{
    public sealed record Summary(long Requests, long DurationUs, long ConnectErrors, long ReadErrors, long WriteErrors, long Status, long Timeouts,
        long P50Us, long P90Us, long P99Us, double MeanUs)
    {
        public double RequestsPerSecond => Requests / (DurationUs / 1e6);
        public long Errors => ConnectErrors + ReadErrors + WriteErrors + Status + Timeouts;
    }

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    private static readonly string Script = Path.Combine(AppContext.BaseDirectory, "Harness", "wrk-report.lua");

    public static async Task<Summary> RunAsync(Uri url, string token, int connections, TimeSpan duration, int threads = 1)
    {
        var info = new ProcessStartInfo("wrk",
        [
            "-t", threads.ToString(CultureInfo.InvariantCulture), "-c", connections.ToString(CultureInfo.InvariantCulture),
            "-d", $"{(int)duration.TotalSeconds}s", "--timeout", "5s", "-s", Script,
            "-H", $"Authorization: Bearer {token}", url.ToString(),
        ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var wrk = Process.Start(info) ?? throw new InvalidOperationException("wrk did not start (is the wrk package installed?)");
        var output = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        var json = output.Split('\n').LastOrDefault(l => l.StartsWith('{'))
            ?? throw new InvalidOperationException($"wrk printed no summary: {output}{await wrk.StandardError.ReadToEndAsync()}");
        return JsonSerializer.Deserialize<Summary>(json, WebJson)!;
    }
}
