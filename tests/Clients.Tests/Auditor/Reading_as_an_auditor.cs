namespace Platform.Clients.Tests.Auditor;

/// <summary>The auditor reads every area and is offered nothing that writes.</summary>
public sealed class Reading_as_an_auditor(ConsoleFixture console) : ConsoleTest(console)
{
    private const string NotFound = "找不到该页面。";

    public static readonly string[] MainPages =
    [
        "/", "/regions", "/volunteers", "/volunteers/activities", "/volunteers/teams", "/organisations", "/charity",
        "/charity/disbursements", "/charity/supermarkets", "/charity/lottery", "/charity/ledger", "/services",
        "/services/requests", "/admin/audit",
    ];

    [Fact]
    public async Task The_auditor_reads_every_areas_main_page_without_a_problem_and_sees_nothing_that_writes()
    {
        await SignInAsync("auditor");
        var read = new List<string>();

        foreach (var path in MainPages)
        {
            if (!await OpenAsync(path))
            {
                continue;
            }

            await Console.WaitUntilInteractiveAsync();
            var heading = Page.Locator("main h1");
            await Assertions.Expect(heading.Or(Page.GetByText(NotFound))).ToBeVisibleAsync();
            if (await heading.CountAsync() == 0)
            {
                continue;
            }

            await Assertions.Expect(Page.Locator("main [role=progressbar]:visible")).ToHaveCountAsync(0);
            await Assertions.Expect(Page.Locator("[data-testid=problem], [data-testid=not-in-region]"), $"a problem on {path}").ToHaveCountAsync(0);
            await Assertions.Expect(Page.Locator("[data-writes]"), $"something that writes on {path}").ToHaveCountAsync(0);
            await ScreenshotAsync("auditor" + (path == "/" ? "-overview" : path.Replace('/', '-')));
            read.Add(path);
        }

        Assert.Contains("/services", read);
        Assert.Contains("/admin/audit", read);
        TestContext.Current.TestOutputHelper?.WriteLine($"read: {string.Join(", ", read)}");
    }

    /// <summary>
    /// Opens a page; false when it is not there yet (pages are being written side by side with this test): the console
    /// answers 404, and Chromium's error page may still be arriving when the next navigation starts, so that one is retried.
    /// </summary>
    private async Task<bool> OpenAsync(string path)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await Page.GotoAsync(path);
                return true;
            }
            catch (PlaywrightException e) when (e.Message.Contains("ERR_HTTP_RESPONSE_CODE_FAILURE", StringComparison.Ordinal))
            {
                return false;
            }
            catch (PlaywrightException e) when (attempt < 3 && e.Message.Contains("interrupted by another navigation", StringComparison.Ordinal))
            {
                await Page.WaitForLoadStateAsync();
            }
        }
    }
}
