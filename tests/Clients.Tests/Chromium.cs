namespace Platform.Clients.Tests;

/// <summary>Debian's Chromium (the <c>chromium</c> package, installed by build.sh), driven by path, headless.</summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static Task<IPlaywright> CreatePlaywrightAsync()
    {
        // Playwright's own browsers are never used here; nothing may fetch one behind the test's back.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Assert.True(File.Exists(ExecutablePath),
            $"{ExecutablePath} is missing: install Debian's chromium and fonts-noto-cjk (./build.sh test does it).");
        return Playwright.CreateAsync();
    }

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true });
}
