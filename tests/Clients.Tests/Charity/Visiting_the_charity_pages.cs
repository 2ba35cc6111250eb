namespace Platform.Clients.Tests.Charity;

/// <summary>Every charity page as a street officer sees it: its data, no serious accessibility violation.</summary>
public sealed class Visiting_the_charity_pages(ConsoleFixture console) : ConsoleTest(console)
{
    [Theory]
    [InlineData("funds", "/charity", "funds", "tbody td a")]
    [InlineData("supermarkets", "/charity/supermarkets", "supermarkets", "tbody td a")]
    [InlineData("lottery", "/charity/lottery", "outlets", "tbody td a")]
    [InlineData("ledger", "/charity/ledger", "journal-entries", "tbody td code")]
    public async Task A_street_officer_sees_the_page_and_it_is_accessible(string name, string path, string content, string row)
    {
        await SignInAsync("street-officer");

        await Page.GotoAsync(path);
        await Console.WaitUntilInteractiveAsync();

        await Assertions.Expect(Page.GetByTestId(content).Locator(row).First).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("h1")).ToHaveCountAsync(1);
        await ScreenshotAsync(name);
        await AssertAccessibleAsync($"charity-{name}");
    }

    [Theory]
    [InlineData("fund", "/charity", "funds", "statement")]
    [InlineData("supermarket", "/charity/supermarkets", "supermarkets", "stock")]
    [InlineData("lottery-outlet", "/charity/lottery", "outlets", "sales-reports")]
    public async Task A_street_officer_opens_a_record_from_its_list_and_it_is_accessible(string name, string list, string grid, string content)
    {
        await SignInAsync("street-officer");
        await Page.GotoAsync(list);
        await Console.WaitUntilInteractiveAsync();

        // Charity gives its own ids when the sample city is seeded: a record is opened from its list.
        await Page.GetByTestId(grid).Locator("tbody a").First.ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith(list + "/", StringComparison.Ordinal));
        await Console.WaitUntilInteractiveAsync();

        await Assertions.Expect(Page.GetByTestId(content)).ToBeVisibleAsync();
        await ScreenshotAsync(name);
        await AssertAccessibleAsync($"charity-{name}");
    }

    [Fact]
    public async Task A_supermarket_out_of_reach_or_unknown_shows_not_in_region_and_no_stock()
    {
        await SignInAsync("community-worker");

        await Page.GotoAsync($"/charity/supermarkets/{Guid.NewGuid()}");
        await Console.WaitUntilInteractiveAsync();

        await Assertions.Expect(Page.GetByTestId("not-in-region")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByTestId("stock")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_auditor_reads_the_charity_pages_and_is_offered_no_write()
    {
        await SignInAsync("auditor");

        foreach (var path in new[] { "/charity", "/charity/donations", "/charity/disbursements", "/charity/supermarkets", "/charity/lottery", "/charity/ledger" })
        {
            await Page.GotoAsync(path);
            await Console.WaitUntilInteractiveAsync();
            await Assertions.Expect(Page.Locator("h1")).ToBeVisibleAsync();
            await Assertions.Expect(Page.Locator("[data-writes]")).ToHaveCountAsync(0);
        }

        await Page.GotoAsync("/charity");
        await Console.WaitUntilInteractiveAsync();
        await Page.GetByTestId("fund-link").First.ClickAsync();
        await Assertions.Expect(Page.GetByTestId("statement")).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("[data-writes]")).ToHaveCountAsync(0);
        await Assertions.Expect(Page.GetByTestId("export-journal")).ToBeVisibleAsync();
    }
}
