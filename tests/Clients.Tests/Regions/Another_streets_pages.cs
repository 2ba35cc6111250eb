namespace Platform.Clients.Tests.Regions;

/// <summary>
/// A street officer of 511603001 opening pages of streets outside it by their address. The sample city has one street,
/// so these are a street of the same county (511603002) and one of another county (511602001); the API answers a region
/// out of reach exactly as one that does not exist, and the console shows both the same way.
/// </summary>
public sealed class Another_streets_pages(ConsoleFixture console) : ConsoleTest(console)
{
    [Theory]
    [InlineData("/regions/511603002")]
    [InlineData("/overview/511603002")]
    [InlineData("/regions/511602001")]
    [InlineData("/overview/511602001")]
    [InlineData("/regions/511603")]
    [InlineData("/overview/511600")]
    public async Task Say_not_in_your_region_and_show_no_data(string address)
    {
        await SignInAsync("street-officer");

        await Page.GotoAsync(address);
        await Console.WaitUntilInteractiveAsync();

        await Assertions.Expect(Page.GetByTestId("not-in-region")).ToContainTextAsync("不在您的辖区");
        await Assertions.Expect(Page.GetByTestId("overview-figures")).ToHaveCountAsync(0);
        await Assertions.Expect(Page.GetByTestId("subtree-figures")).ToHaveCountAsync(0);
        await Assertions.Expect(Page.GetByTestId("region-tabs")).ToHaveCountAsync(0);
        await ScreenshotAsync("not-in-region-" + address.Replace('/', '-').Trim('-'));
    }
}
