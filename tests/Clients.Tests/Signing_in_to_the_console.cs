namespace Platform.Clients.Tests;

/// <summary>The console's sign-in as its users meet it: through Identity's form, back to the console, and out again.</summary>
public sealed class Signing_in_to_the_console(ConsoleFixture console) : ConsoleTest(console)
{
    [Fact]
    public async Task A_community_worker_signs_in_and_sees_their_name_role_and_region_by_name()
    {
        await SignInAsync("community-worker");

        await Assertions.Expect(Page.GetByTestId("user-role")).ToHaveTextAsync("社区工作者");
        await Assertions.Expect(Page.GetByTestId("user-region")).Not.ToHaveTextAsync("511603001001");
        await Assertions.Expect(Page.GetByTestId("user-region")).ToHaveAttributeAsync("title", "511603001001");
        await Assertions.Expect(Page.GetByTestId("user-name")).ToHaveTextAsync("Development community-worker");
        await ScreenshotAsync("signed-in");
    }

    [Fact]
    public async Task The_browser_holds_only_the_encrypted_session_cookie_and_no_token()
    {
        await SignInAsync("street-officer");

        var cookies = await Page.Context.CookiesAsync();
        var console = Assert.Single(cookies, c => c.Name.StartsWith("platform.console", StringComparison.Ordinal));
        Assert.True(console.HttpOnly);
        Assert.DoesNotContain(cookies, c => c.Value.StartsWith("eyJ", StringComparison.Ordinal));
        var storage = await Page.EvaluateAsync<string>("() => JSON.stringify(localStorage) + JSON.stringify(sessionStorage)");
        Assert.DoesNotContain("eyJ", storage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_and_the_next_visit_asks_for_the_password_again()
    {
        await SignInAsync("county-officer");

        await Page.GetByTestId("sign-out").ClickAsync();

        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/connect/login");
        await Page.GotoAsync("/");
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/connect/login");
    }

    [Fact]
    public async Task The_switch_to_english_persists_across_visits()
    {
        await SignInAsync("community-worker");

        await Page.GetByTestId("language-switch").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("user-role")).ToHaveTextAsync("Community worker");
        await Page.GotoAsync("/");
        await Console.WaitUntilInteractiveAsync();

        await Assertions.Expect(Page.GetByTestId("user-role")).ToHaveTextAsync("Community worker");
        Assert.Equal("en", await Page.Locator("html").GetAttributeAsync("lang"));
    }

    [Fact]
    public async Task A_volunteer_is_sent_to_the_phone_app_and_sees_no_staff_page()
    {
        await SignInAsync("volunteer");

        await Assertions.Expect(Page.GetByTestId("not-for-console")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_overview_has_no_serious_or_critical_accessibility_violations()
    {
        await SignInAsync("city-admin");

        await AssertAccessibleAsync("console-layout");
    }
}
