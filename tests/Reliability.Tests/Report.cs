using Platform.Testing;

namespace Platform.Reliability.Tests;

/// <summary>What each fault test injected and observed, appended to artifacts/reliability-report.md for the closing notes.</summary>
public static class Report
{
    private static readonly Lock Gate = new();

    public static void Add(string scenario, string observed)
    {
        var path = Path.Combine(RepositoryRoot.Path, "artifacts", "reliability-report.md");
        lock (Gate)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.AppendAllText(path, $"- {DateTimeOffset.UtcNow:u} **{scenario}**: {observed}\n");
        }
    }
}
