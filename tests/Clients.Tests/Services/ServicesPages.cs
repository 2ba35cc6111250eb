namespace Platform.Clients.Tests.Services;

/// <summary>What the services tests do on the console's widgets: pick a community by name, choose from a select.</summary>
internal static class ServicesPages
{
    /// <summary>Types into the region picker and chooses the region whose option shows <paramref name="name"/>.</summary>
    public static async Task PickRegionAsync(IPage page, string name)
    {
        var picker = page.GetByTestId("region-picker");
        await picker.ClickAsync();
        await picker.FillAsync(name);
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = name }).First.ClickAsync();
    }

    /// <summary>Opens the select labelled <paramref name="label"/> and clicks the item <paramref name="item"/>.</summary>
    public static async Task ChooseAsync(IPage page, string label, string item)
    {
        await page.Locator(".mud-select").Filter(new() { HasText = label }).First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = item }).First.ClickAsync();
    }
}
