namespace Platform.Clients.Tests.Overview;

/// <summary>A street officer of 大佛寺街道 (511603001) reads the street's overview and drills down to one of its communities.</summary>
public sealed class A_street_officers_first_day(ConsoleFixture console) : ConsoleTest(console)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 30_000 };

    [Fact]
    public async Task Reads_the_streets_figures_ranks_its_communities_by_1257N_and_opens_one_with_its_trends_and_the_way_back()
    {
        await SignInAsync("street-officer");

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("大佛寺街道");
        await Assertions.Expect(Page.GetByTestId("figure-registeredVolunteers")).ToContainTextAsync("注册志愿者");
        // The ranking comes after the figures, from two services and the 1257N query, slower while caches are cold.
        await Assertions.Expect(Page.GetByTestId("ranking")).ToBeVisibleAsync(Slow);
        await Assertions.Expect(Page.GetByTestId("ranking-community")).ToHaveCountAsync(4);
        await Assertions.Expect(Page.GetByTestId("missing-item").First).ToBeVisibleAsync();
        await ScreenshotAsync("1-street-overview");
        await AssertAccessibleAsync("overview-street");

        await Page.GetByTestId("ranking-community").Filter(new() { HasText = "龙镇社区" }).ClickAsync();

        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/overview/511603001001");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("龙镇社区");
        await Assertions.Expect(Page.GetByTestId("trends-chart").Locator("svg")).ToBeVisibleAsync(Slow);
        await Assertions.Expect(Page.GetByTestId("community-compliance")).ToBeVisibleAsync();
        var back = Page.GetByTestId("breadcrumbs").GetByRole(AriaRole.Link, new() { Name = "大佛寺街道" });
        await Assertions.Expect(back).ToHaveAttributeAsync("href", "/overview/511603001");
        await ScreenshotAsync("2-community-overview");
        await AssertAccessibleAsync("overview-community");

        await Page.GetByRole(AriaRole.Tab, new() { Name = "表格" }).ClickAsync();
        await Assertions.Expect(Page.GetByTestId("trends-table")).ToBeVisibleAsync();
        await ScreenshotAsync("3-community-trends-table");

        await back.ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/overview/511603001");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("大佛寺街道");
        await ScreenshotAsync("4-back-to-the-street");
    }
}
