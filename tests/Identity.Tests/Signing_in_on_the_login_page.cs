extern alias identity;

using Platform.ServiceDefaults.Security;
using System.Net;
using System.Net.Http.Headers;
using Platform.Security;
using Platform.Testing;
using IdentityService = identity::Platform.Identity.IdentityService;

namespace Platform.Identity.Tests;

/// <summary>The sign-in page as a person sees it: clear messages, the user name kept, never the password, Chinese or English.</summary>
public sealed class Signing_in_on_the_login_page(IdentityFixture fixture)
{
    private const string Password = "Login-page-password-1";
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_wrong_password_says_so_keeps_the_user_name_and_never_echoes_the_password()
    {
        await CreateUserAsync("page-typo");
        using var browser = AuthorizationCodeFlow.Browser(fixture.Gateway);

        var html = await FailAsync(browser, await OpenAsync(browser), "page-typo", "Wrong-password-typed-1");

        Assert.Contains("用户名或密码错误", html);
        Assert.Contains("value=\"page-typo\"", html);
        Assert.DoesNotContain("Wrong-password-typed-1", html);
        Assert.Matches("<input id=\"password\" name=\"password\" type=\"password\"(?![^>]*value=)[^>]*>", html);
    }

    [Fact]
    public async Task A_disabled_account_with_its_right_password_reads_as_a_wrong_password_like_an_unknown_one()
    {
        var id = await CreateUserAsync("page-disabled");
        using (var admin = await fixture.AsAsync(PlatformRoles.CityAdmin, TestIdentity.CityRegion))
        {
            using var disabled = await admin.PostAsync($"/api/identity/users/{id}/disable", null, Cancel);
            Assert.Equal(HttpStatusCode.NoContent, disabled.StatusCode);
        }

        using var browser = AuthorizationCodeFlow.Browser(fixture.Gateway);
        var form = await OpenAsync(browser);

        var disabledPage = await FailAsync(browser, form, "page-disabled", Password);
        var unknownPage = await FailAsync(browser, form, "nobody-by-this-name", Password);

        Assert.Contains("用户名或密码错误", disabledPage);
        Assert.Contains("用户名或密码错误", unknownPage);
        Assert.DoesNotContain("账号已锁定", disabledPage);
    }

    [Fact]
    public async Task The_account_is_locked_after_the_configured_number_of_wrong_passwords_and_the_page_says_for_how_long()
    {
        await CreateUserAsync("page-locked");
        using var browser = AuthorizationCodeFlow.Browser(fixture.Gateway);
        var form = await OpenAsync(browser);

        for (var attempt = 1; attempt < IdentityService.MaxFailedSignIns; attempt++)
        {
            Assert.Contains("用户名或密码错误", await FailAsync(browser, form, "page-locked", "Wrong-password-typed-1"));
        }

        var locked = await FailAsync(browser, form, "page-locked", "Wrong-password-typed-1");
        Assert.Contains("账号已锁定，请于 5 分钟后再试或联系管理员", locked);
        Assert.Contains("账号已锁定", await FailAsync(browser, form, "page-locked", Password));
    }

    [Fact]
    public async Task A_browser_that_prefers_English_gets_the_page_in_English_and_nothing_is_cached()
    {
        using var browser = AuthorizationCodeFlow.Browser(fixture.Gateway);
        browser.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en-GB"));
        browser.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("zh-CN", 0.5));

        using var page = await browser.GetAsync("/connect/login", Cancel);
        var html = await page.Content.ReadAsStringAsync(Cancel);

        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("Sign in", html);
        Assert.Contains("<main>", html);
        Assert.Contains("<label for=\"userName\">User name</label>", html);
        Assert.True(page.Headers.CacheControl?.NoStore, page.Headers.CacheControl?.ToString());
        var html2 = await FailAsync(browser, LoginForm.Read(html), "nobody-in-english", "Whatever-password-1");
        Assert.Contains("Wrong user name or password", html2);
    }

    [Fact]
    public async Task The_page_is_in_Chinese_by_default_and_a_link_switches_it_to_English()
    {
        using var browser = AuthorizationCodeFlow.Browser(fixture.Gateway);

        var chinese = await browser.GetStringAsync("/connect/login", Cancel);
        var english = await browser.GetStringAsync("/connect/login?lang=en", Cancel);

        Assert.Contains("<html lang=\"zh-Hans\">", chinese);
        Assert.Contains("五社联动 · 城市社区治理平台", chinese);
        Assert.Contains("href=\"/connect/login?lang=en\"", chinese);
        Assert.Contains("<html lang=\"en\">", english);
    }

    private async Task<LoginForm> OpenAsync(HttpClient browser) =>
        LoginForm.Read(await browser.GetStringAsync("/connect/login", Cancel));

    private static async Task<string> FailAsync(HttpClient browser, LoginForm form, string userName, string password)
    {
        using var response = await browser.PostAsync("/connect/login", form.Submit(userName, password), Cancel);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        Assert.True(response.Headers.CacheControl?.NoStore, response.Headers.CacheControl?.ToString());
        return html;
    }

    private async Task<Guid> CreateUserAsync(string userName)
    {
        using var admin = await fixture.AsAsync(PlatformRoles.CityAdmin, TestIdentity.CityRegion);
        return await Accounts.CreateUserAsync(admin, userName, Password, PlatformRoles.CommunityWorker, "511603001001", cancellationToken: Cancel);
    }
}
