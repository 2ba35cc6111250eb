namespace Platform.Clients.Tests.Regions;

public sealed class Browsing_the_region_tree(ConsoleFixture console) : ConsoleTest(console)
{
    [Fact]
    public async Task A_street_officer_opens_a_community_from_the_tree_and_sees_its_compounds_and_party_building()
    {
        await SignInAsync("street-officer");
        await Page.GotoAsync("/regions");
        await Console.WaitUntilInteractiveAsync();

        var street = Page.GetByTestId("tree-region").Filter(new() { HasText = "大佛寺街道" });
        await Assertions.Expect(street).ToBeVisibleAsync();
        await Page.GetByTestId("region-tree").Locator(".mud-treeview-item-arrow button, button.mud-treeview-item-arrow-expand").First.ClickAsync();
        await Assertions.Expect(Page.GetByTestId("tree-region").Filter(new() { HasText = "鼎屏社区" })).ToBeVisibleAsync();
        await ScreenshotAsync("1-tree");
        await AssertAccessibleAsync("regions-tree");

        await Page.GetByTestId("tree-region").Filter(new() { HasText = "鼎屏社区" }).ClickAsync();

        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/regions/511603001003");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("鼎屏社区");
        await Assertions.Expect(Page.GetByTestId("subtree-figures")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByTestId("compounds")).ToContainTextAsync("511603001003501");
        await Assertions.Expect(Page.GetByTestId("compounds")).ToContainTextAsync("安置小区");
        await Assertions.Expect(Page.GetByTestId("breadcrumbs").GetByRole(AriaRole.Link, new() { Name = "大佛寺街道" })).ToBeVisibleAsync();
        await ScreenshotAsync("2-community");
        await AssertAccessibleAsync("regions-community");

        await Page.GetByRole(AriaRole.Tab, new() { Name = "法律顾问" }).ClickAsync();
        await Assertions.Expect(Page.GetByTestId("legal-adviser")).ToBeVisibleAsync();
        await ScreenshotAsync("3-legal-adviser");
    }

    [Fact]
    public async Task A_community_worker_renames_a_grid_of_their_community_with_the_version_read()
    {
        await SignInAsync("community-worker");
        await Page.GotoAsync("/regions/511603001001003");
        await Console.WaitUntilInteractiveAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("网格");

        var name = $"第3网格-{Guid.NewGuid():N}"[..16];
        await Page.GetByRole(AriaRole.Textbox, new() { Name = "新名称" }).FillAsync(name);
        await Page.GetByTestId("rename-save").ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(name);
        await Assertions.Expect(Page.GetByTestId("problem")).ToHaveCountAsync(0);
        await ScreenshotAsync("renamed-grid");
        await AssertAccessibleAsync("regions-grid");
    }

    [Fact]
    public async Task An_auditor_reads_a_region_page_with_nothing_to_change()
    {
        await SignInAsync("auditor");
        await Page.GotoAsync("/regions/511603001001");
        await Console.WaitUntilInteractiveAsync();

        await Assertions.Expect(Page.GetByTestId("subtree-figures")).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("[data-writes]")).ToHaveCountAsync(0);
        await ScreenshotAsync("auditor-region");
    }
}
