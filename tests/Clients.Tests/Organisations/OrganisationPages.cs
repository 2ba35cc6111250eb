namespace Platform.Clients.Tests.Organisations;

/// <summary>What the organisations tests find on the console's pages.</summary>
internal static class OrganisationPages
{
    public const string OperatorsOrganisation = "01960000-0000-7000-8000-00000000a001";

    /// <summary>The input of a MudBlazor field carrying the test id, wherever MudBlazor put the attribute.</summary>
    public static ILocator Field(this IPage page, string testId) =>
        page.Locator($"input[data-testid=\"{testId}\"], textarea[data-testid=\"{testId}\"], [data-testid=\"{testId}\"] input:not([type=hidden]), [data-testid=\"{testId}\"] textarea").First;

    /// <summary>Opens a MudSelect by its test id and picks the option with this text.</summary>
    public static async Task ChooseAsync(this IPage page, string testId, string option)
    {
        await page.GetByTestId(testId).First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = option }).First.ClickAsync();
    }
}
