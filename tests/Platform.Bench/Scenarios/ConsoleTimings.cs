using System.Diagnostics;
using Microsoft.Playwright;
using Platform.Bench.Harness;
using Platform.Testing;

namespace Platform.Bench.Scenarios;

/// <summary>
/// Comparisons 9 and 10, over the real AppHost with the full city seeded: how long the web console's overview takes
/// through the gateway until it is interactive with its figures on screen (Debian's Chromium, signed in as the city
/// administrator, whose overview is the whole city), and the server time of a full-city list page (the volunteers of
/// the whole city, page after page, as the console's list asks for them).
/// </summary>
public static class ConsoleTimings
{
    private const string City = "511600";
    private const int PageLoads = 20;
    private const int ListPages = 200;

    /// <summary>The overview page once its figures are on screen and its handlers attached.</summary>
    public const string OverviewReady = "body[data-interactive=\"true\"] [data-testid=\"overview-figures\"]";

    public static async Task<IReadOnlyList<BenchRow>> RunAsync(string scale)
    {
        await using var platform = await SeededAppHost.StartAsync(scale);
        Console.WriteLine($"[9 console] the {scale} city seeded and healthy after {platform.SeedDuration.TotalSeconds:0} s");
        var loads = await OverviewLoadsAsync(platform);
        var list = await ListPageTimesAsync(platform);
        return
        [
            new BenchRow(9, $"web console: first interactive overview page through the gateway ({scale} city, city administrator, Chromium, {PageLoads} loads)",
                $"p50 {loads.Median().F("0")} ms, p95 {loads.Percentile(95).F("0")} ms, max {loads.Max().F("0")} ms; seeded in {platform.SeedDuration.TotalSeconds:0} s",
                "≤ 1.5 s", loads.Percentile(95) <= 1500 ? "yes" : "no", ""),
            new BenchRow(10, $"web console: server time of a full-city list page (`/api/volunteers/volunteers?region={City}`, 50 a page, {ListPages} pages through the gateway)",
                $"p50 {list.Median().F("0.0")} ms, p95 {list.Percentile(95).F("0.0")} ms, max {list.Max().F("0.0")} ms",
                "p95 ≤ 300 ms", list.Percentile(95) <= 300 ? "yes" : "no", ""),
        ];
    }

    private static async Task<List<double>> OverviewLoadsAsync(SeededAppHost platform)
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Headless = true });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = platform.Gateway.ToString(), Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.FillAsync("input[name=\"userName\"]", DevelopmentUsers.UserName("city-admin"));
        await page.FillAsync("input[name=\"password\"]", platform.Users.PasswordOf("city-admin"));
        await page.ClickAsync("button[type=\"submit\"]");
        await page.WaitForSelectorAsync(OverviewReady, new PageWaitForSelectorOptions { Timeout = 120_000 });

        var times = new List<double>();
        for (var i = 0; i < PageLoads + 2; i++)
        {
            var clock = Stopwatch.StartNew();
            await page.GotoAsync("/");
            await page.WaitForSelectorAsync(OverviewReady, new PageWaitForSelectorOptions { Timeout = 60_000 });
            if (i >= 2)
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        Console.WriteLine($"[9 console] overview loads: {string.Join(", ", times.Select(t => t.F("0")))} ms");
        return times;
    }

    private static async Task<List<double>> ListPageTimesAsync(SeededAppHost platform)
    {
        using var http = new HttpClient { BaseAddress = platform.Gateway };
        http.DefaultRequestHeaders.Authorization = new("Bearer",
            await TestIdentity.RequestTokenAsync(http, PrivateAppHost.CityAdminClient, platform.CityAdminSecret));
        var times = new List<double>();
        for (var page = 1; page <= ListPages; page++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await http.GetAsync($"/api/volunteers/volunteers?region={City}&page={page}&pageSize=50");
            await response.Content.ReadAsByteArrayAsync();
            response.EnsureSuccessStatusCode();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return times;
    }
}
