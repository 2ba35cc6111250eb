namespace Platform.Clients.Tests.Services;

/// <summary>A request through its whole workflow in the console, as a community worker of 龙镇社区.</summary>
public sealed class Working_a_service_request(ConsoleFixture console) : ConsoleTest(console)
{
    [Fact]
    public async Task A_community_worker_reports_accepts_assigns_resolves_and_closes_a_request()
    {
        var description = $"路灯损坏 {Guid.NewGuid():N}";
        await SignInAsync("community-worker");
        await Page.GotoAsync("/services/requests/new");
        await Console.WaitUntilInteractiveAsync();
        await AssertAccessibleAsync("services-request-new");

        await ServicesPages.ChooseAsync(Page, "诉求类型", "隐患");
        await ServicesPages.PickRegionAsync(Page, "龙镇社区");
        await Page.GetByTestId("description").FillAsync(description);
        await Page.GetByTestId("address").FillAsync("龙镇社区3号楼");
        await Page.GetByTestId("save").ClickAsync();

        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/services/requests/", StringComparison.Ordinal)
            && !new Uri(url).AbsolutePath.EndsWith("/new", StringComparison.Ordinal));
        var state = Page.GetByTestId("request").GetByTestId("request-state");
        await Assertions.Expect(state).ToHaveTextAsync("已上报");
        await Assertions.Expect(Page.GetByTestId("request-description")).ToHaveTextAsync(description);
        await AssertAccessibleAsync("services-request");

        await Page.GetByTestId("step-accept").ClickAsync();
        await Assertions.Expect(state).ToHaveTextAsync("已受理");

        await Page.GetByTestId("assignee").FillAsync("网格员李明");
        await Page.GetByTestId("step-assign").ClickAsync();
        await Assertions.Expect(state).ToHaveTextAsync("已分派");
        await Assertions.Expect(Page.GetByTestId("request-assignee")).ToHaveTextAsync("网格员李明");
        await ScreenshotAsync("request-assigned");

        await Page.GetByTestId("step-resolve").ClickAsync();
        await Assertions.Expect(state).ToHaveTextAsync("已办结");
        await Page.GetByTestId("step-close").ClickAsync();
        await Assertions.Expect(state).ToHaveTextAsync("已关闭");
        await Assertions.Expect(Page.GetByTestId("request-actions")).ToHaveCountAsync(0);
        await Assertions.Expect(Page.GetByTestId("history").Locator(".mud-timeline-item")).ToHaveCountAsync(4);
        await ScreenshotAsync("request-closed");

        await Page.GotoAsync("/services/requests");
        await Console.WaitUntilInteractiveAsync();
        await Assertions.Expect(Page.GetByTestId("request-link").Filter(new() { HasText = description })).ToBeVisibleAsync();
        await ScreenshotAsync("request-queue");
        await AssertAccessibleAsync("services-requests");
    }
}
