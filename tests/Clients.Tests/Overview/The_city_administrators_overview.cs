namespace Platform.Clients.Tests.Overview;

public sealed class The_city_administrators_overview(ConsoleFixture console) : ConsoleTest(console)
{
    [Fact]
    public async Task Shows_the_citys_figures_and_drills_down_to_a_county()
    {
        await SignInAsync("city-admin");

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("广安市");
        await Assertions.Expect(Page.GetByTestId("overview-figures")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByTestId("figure-volunteerTeams")).ToContainTextAsync("志愿服务队");
        await Assertions.Expect(Page.GetByTestId("figure-donationsRaisedFen")).ToBeVisibleAsync();
        await ScreenshotAsync("1-city-overview");
        await AssertAccessibleAsync("overview-city");

        await Page.GetByTestId("child-regions").GetByRole(AriaRole.Link, new() { Name = "前锋区" }).ClickAsync();

        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/overview/511603");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("前锋区");
        await Assertions.Expect(Page.GetByTestId("overview-figures")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByTestId("breadcrumbs").GetByRole(AriaRole.Link, new() { Name = "广安市" })).ToHaveAttributeAsync("href", "/overview/511600");
        await Assertions.Expect(Page.GetByTestId("child-regions").GetByRole(AriaRole.Link, new() { Name = "大佛寺街道" })).ToBeVisibleAsync();
        await ScreenshotAsync("2-county-overview");
    }
}
