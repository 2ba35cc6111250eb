namespace Platform.Clients.Tests.Charity;

/// <summary>Every charity page as a street officer sees it: its data, no serious accessibility violation.</summary>
public sealed class Visiting_the_charity_pages(ConsoleFixture console) : ConsoleTest(console)
{
    [Theory]
    [InlineData("funds", "/charity", "funds")]
    [InlineData("supermarkets", "/charity/supermarkets", "supermarkets")]
    [InlineData("supermarket", "/charity/supermarkets/01960000-000c-7000-8000-000000000001", "stock")]
    [InlineData("lottery", "/charity/lottery", "outlets")]
    [InlineData("lottery-outlet", "/charity/lottery/01960000-000d-7000-8000-000000000001", "sales-reports")]
    [InlineData("ledger", "/charity/ledger", "journal-entries")]
    public async Task A_street_officer_sees_the_page_and_it_is_accessible(string name, string path, string content)
    {
        await SignInAsync("street-officer");

        await Page.GotoAsync(path);
        await Console.WaitUntilInteractiveAsync();

        await Assertions.Expect(Page.GetByTestId(content)).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("h1")).ToHaveCountAsync(1);
        await ScreenshotAsync(name);
        await AssertAccessibleAsync($"charity-{name}");
    }

    [Fact]
    public async Task A_supermarket_out_of_the_users_region_shows_not_in_region_and_no_stock()
    {
        await SignInAsync("community-worker");

        await Page.GotoAsync("/charity/supermarkets/01960000-000c-7000-8000-000000000001");
        await Console.WaitUntilInteractiveAsync();

        await Assertions.Expect(Page.GetByTestId("not-in-region")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByTestId("stock")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_auditor_reads_the_charity_pages_and_is_offered_no_write()
    {
        await SignInAsync("auditor");

        foreach (var path in new[] { "/charity", "/charity/funds/01960000-000a-7000-8000-000000000001", "/charity/donations", "/charity/disbursements" })
        {
            await Page.GotoAsync(path);
            await Console.WaitUntilInteractiveAsync();
            await Assertions.Expect(Page.Locator("h1")).ToBeVisibleAsync();
            await Assertions.Expect(Page.Locator("[data-writes]")).ToHaveCountAsync(0);
        }
    }
}
