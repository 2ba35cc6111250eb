namespace Platform.Clients.Tests;

/// <summary>Identity's sign-in form, reached through the gateway as the console will send its users there.</summary>
public sealed class Signing_in_on_identitys_form(ConsoleFixture console) : ConsoleTest(console)
{
    [Fact]
    public async Task Opens_in_chromium_as_a_chinese_page_with_the_user_name_and_password_fields()
    {
        var response = await Page.GotoAsync("/connect/login");

        Assert.Equal(200, response?.Status);
        Assert.StartsWith("zh", await Page.Locator("html").GetAttributeAsync("lang"), StringComparison.Ordinal);
        Assert.Contains("登录", await Page.TitleAsync(), StringComparison.Ordinal);
        await Assertions.Expect(Page.Locator("input[name=\"userName\"]")).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("input[name=\"password\"]")).ToHaveAttributeAsync("type", "password");
        await ScreenshotAsync("sign-in-form");
    }

    [Fact]
    public async Task Has_no_serious_or_critical_accessibility_violations()
    {
        await Page.GotoAsync("/connect/login");

        await AssertAccessibleAsync("identity-sign-in");
    }

    [Fact]
    public async Task Says_so_when_the_password_is_wrong()
    {
        await Page.GotoAsync("/connect/login");

        await Console.SubmitSignInAsync("dev-community-worker", "Wrong1!" + Guid.NewGuid().ToString("N"));

        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("用户名或密码错误");
        Assert.Equal("/connect/login", new Uri(Page.Url).AbsolutePath);
        await ScreenshotAsync("wrong-password");
    }
}
