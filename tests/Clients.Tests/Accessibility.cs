using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Newtonsoft.Json;

namespace Platform.Clients.Tests;

/// <summary>axe-core over a page with the WCAG 2.0 and 2.1 A and AA rules.</summary>
public static class Accessibility
{
    public static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private static readonly string[] Blocking = ["serious", "critical"];

    /// <summary>Scans the page, writes the whole result to <c>artifacts/accessibility/{name}.json</c> and returns it.</summary>
    public static async Task<AxeResult> ScanAsync(IPage page, string name)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = RunOnlyOptions.Tags(Tags) });
        await File.WriteAllTextAsync(Artifacts.Accessibility(name), JsonConvert.SerializeObject(result, Formatting.Indented));
        return result;
    }

    /// <summary>The serious and critical violations of a scan.</summary>
    public static IReadOnlyList<AxeResultItem> BlockingViolations(AxeResult result) =>
        [.. result.Violations.Where(violation => Blocking.Contains(violation.Impact))];

    /// <summary>Scans the page and fails listing every serious or critical violation.</summary>
    public static async Task AssertAccessibleAsync(IPage page, string name)
    {
        var violations = BlockingViolations(await ScanAsync(page, name));
        Assert.True(violations.Count == 0,
            $"{page.Url} has {violations.Count} serious or critical accessibility violations "
            + $"(the whole scan: {Artifacts.Accessibility(name)}):{Environment.NewLine}{Describe(violations)}");
    }

    public static string Describe(IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder();
        foreach (var violation in violations)
        {
            var targets = violation.Nodes.Take(3).Select(node => node.Target?.ToString());
            text.AppendLine($"  {violation.Id} ({violation.Impact}): {violation.Help} — {string.Join("; ", targets)}");
        }

        return text.ToString();
    }
}
