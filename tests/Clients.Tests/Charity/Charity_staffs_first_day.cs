using System.Globalization;
using System.Text.RegularExpressions;

namespace Platform.Clients.Tests.Charity;

/// <summary>
/// A community worker of 龙镇社区 records a donation to the community's fund and asks for a disbursement from it; a
/// street officer and a county officer whose regions contain the community approve it, one step each, and it is paid.
/// </summary>
public sealed partial class Charity_staffs_first_day(ConsoleFixture console) : ConsoleTest(console)
{
    private const string LongzhenFund = "龙镇社区慈善基金";

    private string _fund = "";

    [Fact]
    public async Task A_donation_raises_the_funds_balance_and_a_disbursement_two_others_approve_lowers_it()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await SignInAsync("community-worker");
        // Charity gives its own ids when the sample city is seeded: the fund is found by its name in the list.
        await OpenAsync(Page, "/charity");
        await Page.GetByTestId("fund-link").Filter(new() { HasText = LongzhenFund }).ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/charity/funds/", StringComparison.Ordinal));
        _fund = new Uri(Page.Url).AbsolutePath;
        await Console.WaitUntilInteractiveAsync();

        var before = await FundBalanceAsync(Page);
        await ScreenshotAsync("fund-before");
        await AssertAccessibleAsync("charity-fund");

        await Page.GetByTestId("record-donation").ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/charity/donations");
        await Console.WaitUntilInteractiveAsync();
        await Page.GetByLabel("捐赠人名称").FillAsync($"测试商家{suffix}");
        await Page.GetByLabel("金额（元）").FillAsync("100.50");
        await Page.GetByLabel("捐赠票据号").FillAsync($"RCPT-{suffix}");
        await Page.GetByTestId("submit-donation").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("donation-saved")).ToContainTextAsync("¥100.50");
        await ScreenshotAsync("donation-recorded");
        await AssertAccessibleAsync("charity-donations");

        var afterDonation = before + 10050;
        await FundBalanceAsync(Page, afterDonation);

        await Page.GetByTestId("request-disbursement").ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/charity/disbursements");
        await Console.WaitUntilInteractiveAsync();
        await Page.GetByLabel("金额（元）").FillAsync("30.25");
        await Page.GetByLabel("受益人").FillAsync($"困难家庭{suffix}");
        await Page.GetByLabel("用途").FillAsync("冬季困难家庭临时救助");
        await AssertAccessibleAsync("charity-disbursements");
        await Page.GetByTestId("submit-disbursement").ClickAsync();
        await Page.WaitForURLAsync(DisbursementAddress());
        var disbursement = new Uri(Page.Url).AbsolutePath;

        await Assertions.Expect(Page.GetByTestId("approval-note")).ToContainTextAsync("本人提交");
        await Assertions.Expect(Page.GetByTestId("approve")).ToHaveCountAsync(0);
        await ScreenshotAsync("requester-sees-no-approve");
        await AssertAccessibleAsync("charity-disbursement");

        await using (var officer = await ConsolePage.OpenAsync(Fixture))
        {
            await officer.SignInAsync("street-officer");
            await OpenAsync(officer.Page, disbursement);
            var staleTab = await officer.Page.Context.NewPageAsync();
            await OpenAsync(staleTab, disbursement);

            await officer.Page.GetByTestId("approve").ClickAsync();
            await Assertions.Expect(officer.Page.GetByTestId("disbursement-status")).ToContainTextAsync("已初审");
            await Assertions.Expect(officer.Page.GetByTestId("approve")).ToHaveCountAsync(0);
            await officer.ScreenshotAsync("first-approval");

            // A tab opened before the first approval still offers it: the API refuses the same person's second approval.
            await staleTab.GetByTestId("approve").ClickAsync();
            await Assertions.Expect(staleTab.GetByTestId("approval-refused")).ToContainTextAsync("different person");
            await staleTab.ScreenshotAsync(new() { Path = Artifacts.Screenshot("same-person-refused"), FullPage = true });
        }

        await using (var county = await ConsolePage.OpenAsync(Fixture))
        {
            await county.SignInAsync("county-officer");
            await OpenAsync(county.Page, disbursement);
            await county.Page.GetByTestId("approve").ClickAsync();
            await Assertions.Expect(county.Page.GetByTestId("disbursement-status")).ToContainTextAsync("已拨付");
            await county.ScreenshotAsync("second-approval-paid");
        }

        await OpenAsync(Page, _fund);
        await FundBalanceAsync(Page, afterDonation - 3025);
        await Assertions.Expect(Page.GetByTestId("statement")).ToContainTextAsync("冬季困难家庭临时救助");
        await ScreenshotAsync("fund-after");
    }

    private static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.Locator(ConsolePage.Interactive).WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    /// <summary>Opens the fund and reads its balance in fen; with <paramref name="expected"/>, waits until it shows that.</summary>
    private async Task<long> FundBalanceAsync(IPage page, long? expected = null)
    {
        if (new Uri(page.Url).AbsolutePath != _fund)
        {
            await OpenAsync(page, _fund);
        }

        var balance = page.GetByTestId("fund-balance");
        if (expected is { } fen)
        {
            await Assertions.Expect(balance).ToHaveTextAsync((fen / 100m).ToString("¥#,##0.00;-¥#,##0.00", CultureInfo.InvariantCulture));
            return fen;
        }

        await Assertions.Expect(balance).ToContainTextAsync("¥");
        var text = (await balance.TextContentAsync() ?? "").Replace("¥", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        return (long)(decimal.Parse(text.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) * 100m);
    }

    [GeneratedRegex(@"/charity/disbursements/[0-9a-f-]{36}$")]
    private static partial Regex DisbursementAddress();
}
