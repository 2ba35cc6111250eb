namespace Platform.Clients.Tests.Services;

/// <summary>The area's lists and forms open without a problem and pass the accessibility scan.</summary>
public sealed class Reading_the_services_pages(ConsoleFixture console) : ConsoleTest(console)
{
    [Theory]
    [InlineData("/services", "services-records")]
    [InlineData("/services/records/new", "services-record-new")]
    [InlineData("/services/exports", "services-exports")]
    public async Task A_street_officer_opens_the_page_without_a_problem(string path, string name)
    {
        await SignInAsync("street-officer");

        await Page.GotoAsync(path);
        await Console.WaitUntilInteractiveAsync();

        await Assertions.Expect(Page.Locator("main h1")).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("main [role=progressbar]:visible")).ToHaveCountAsync(0);
        await Assertions.Expect(Page.GetByTestId("problem")).ToHaveCountAsync(0);
        await ScreenshotAsync(name);
        await AssertAccessibleAsync(name);
    }

    [Fact]
    public async Task The_records_list_shows_the_seeded_records_of_the_street()
    {
        await SignInAsync("street-officer");

        await Page.GotoAsync("/services");
        await Console.WaitUntilInteractiveAsync();

        await Assertions.Expect(Page.GetByTestId("records").Locator("tbody tr").First).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByTestId("empty")).ToHaveCountAsync(0);
        await Assertions.Expect(Page.GetByTestId("file-record")).ToBeVisibleAsync();
    }
}
