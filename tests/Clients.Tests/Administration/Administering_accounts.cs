using Platform.Clients.Tests.Services;

namespace Platform.Clients.Tests.Administration;

/// <summary>Accounts made by an administrator, and the audit log that records it (through events, so eventually).</summary>
public sealed class Administering_accounts(ConsoleFixture console) : ConsoleTest(console)
{
    private static readonly TimeSpan AuditDeadline = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task The_city_administrator_creates_a_street_officers_account_and_finds_it_in_the_audit_log()
    {
        var userName = $"street-{Guid.NewGuid():N}"[..24];
        await SignInAsync("city-admin");
        await Page.GotoAsync("/admin");
        await Console.WaitUntilInteractiveAsync();
        await AssertAccessibleAsync("admin");
        await Page.GetByTestId("create-user").ClickAsync();
        await Page.WaitForURLAsync("**/admin/users/new");
        await Console.WaitUntilInteractiveAsync();

        await Page.GetByTestId("new-user-name").FillAsync(userName);
        await Page.GetByTestId("display-name").FillAsync("王街道");
        await Page.GetByTestId("password").FillAsync($"Pw-{Guid.NewGuid():N}");
        await ServicesPages.ChooseAsync(Page, "角色", "街道工作人员");
        await Page.Keyboard.PressAsync("Escape");
        await ServicesPages.PickRegionAsync(Page, "大佛寺街道");
        await AssertAccessibleAsync("admin-user-new");
        await Page.GetByTestId("save").ClickAsync();

        await Assertions.Expect(Page.GetByTestId("user-created")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByTestId("user-name-value")).ToHaveTextAsync(userName);
        var id = (await Page.GetByTestId("user-id-value").TextContentAsync())!.Trim();
        await ScreenshotAsync("user-created");
        await AssertAccessibleAsync("admin-user");

        await Page.GotoAsync("/admin/audit");
        await Console.WaitUntilInteractiveAsync();
        var entry = Page.GetByTestId("audit-change").Filter(new() { HasText = id });
        await FindWithinDeadlineAsync(entry);
        await ScreenshotAsync("audit-entry");
        await AssertAccessibleAsync("admin-audit");
    }

    /// <summary>The entry arrives when Identity has consumed the event: refresh the list until it shows, up to a deadline.</summary>
    private async Task FindWithinDeadlineAsync(ILocator entry)
    {
        var deadline = DateTimeOffset.UtcNow + AuditDeadline;
        while (true)
        {
            try
            {
                await Assertions.Expect(entry.First).ToBeVisibleAsync(new() { Timeout = 3_000 });
                return;
            }
            catch (PlaywrightException) when (DateTimeOffset.UtcNow < deadline)
            {
                await Page.GetByTestId("refresh").ClickAsync();
            }
        }
    }
}
