using System.Text.RegularExpressions;

namespace Platform.Clients.Tests.Volunteers;

/// <summary>
/// A community worker of 龙镇社区 registers a volunteer, plans an activity, signs up the new volunteer and one of the
/// community's, records their attendance, confirms their hours, completes the activity and finds the points on the new
/// volunteer's statement.
/// </summary>
public sealed partial class A_community_workers_first_day(ConsoleFixture console) : ConsoleTest(console)
{
    /// <summary>彭素芬, a volunteer of 龙镇社区 in the sample city.</summary>
    private const string SampleVolunteer = "01960000-0001-7000-8000-000000000002";

    private static readonly TimeSpan PointsDeadline = TimeSpan.FromSeconds(90);

    [GeneratedRegex(@"/volunteers/([0-9a-f-]{36})$")]
    private static partial Regex VolunteerAddress();

    [GeneratedRegex(@"/volunteers/activities/([0-9a-f-]{36})$")]
    private static partial Regex ActivityAddress();

    [Fact]
    public async Task Registers_a_volunteer_runs_an_activity_and_sees_the_points_on_the_statement()
    {
        await SignInAsync("community-worker");
        var suffix = Guid.NewGuid().ToString("N")[..8];

        await GoToAsync("/volunteers");
        await Assertions.Expect(Page.GetByTestId("volunteer-list").Locator("[data-testid=volunteer-link]").First).ToBeVisibleAsync();
        await ScreenshotAsync("1-volunteers");
        await AssertAccessibleAsync("volunteers-list");

        var volunteer = await RegisterAsync("测试志愿者" + suffix);
        await Assertions.Expect(Page.GetByTestId("volunteer-details")).ToContainTextAsync("测试志愿者" + suffix);
        await ScreenshotAsync("3-registered");
        await AssertAccessibleAsync("volunteer-profile");

        var activity = await PlanAsync("平安巡逻" + suffix);
        await SignUpAsync(volunteer, "测试志愿者" + suffix);
        await SignUpAsync(SampleVolunteer, "彭素芬");
        await ScreenshotAsync("5-signed-up");
        await AssertAccessibleAsync("activity-details");

        foreach (var participant in new[] { volunteer, SampleVolunteer })
        {
            await AttendAndConfirmAsync(participant);
        }

        await ScreenshotAsync("6-hours-confirmed");
        await Page.GetByTestId("complete-activity").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("activity-state")).ToHaveTextAsync("已结项");
        await Assertions.Expect(Page.Locator("[data-writes=true]")).ToHaveCountAsync(0);
        await ScreenshotAsync("7-completed");

        await WaitForPointsAsync(volunteer, activity);
        await ScreenshotAsync("8-points-statement");
    }

    [Fact]
    public async Task A_typed_id_number_with_a_wrong_check_digit_is_named_at_the_field_and_nothing_is_sent()
    {
        await SignInAsync("community-worker");
        await GoToAsync("/volunteers/new");

        await Page.Locator("#volunteer-name").FillAsync("校验测试" + Guid.NewGuid().ToString("N")[..6]);
        await Page.Locator("#id-number").FillAsync(ResidentIds.WithWrongCheckCharacter(ResidentIds.NewAdult()));

        await Assertions.Expect(Page.GetByText("身份证号码校验码不正确，请核对")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByTestId("register-submit")).ToBeDisabledAsync();
        await ScreenshotAsync("invalid-id-number");
        await AssertAccessibleAsync("volunteer-register");
        Assert.EndsWith("/volunteers/new", new Uri(Page.Url).AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_teams_page_shows_the_five_colours_by_name_and_offers_forming_a_team()
    {
        await SignInAsync("community-worker");
        await GoToAsync("/volunteers/teams");

        await Assertions.Expect(Page.GetByTestId("team-list").GetByText("先锋红").First).ToBeVisibleAsync();
        await Page.GetByTestId("form-team").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("team-form")).ToBeVisibleAsync();
        await ScreenshotAsync("teams");
        await AssertAccessibleAsync("volunteer-teams");
    }

    [Fact]
    public async Task An_auditor_reads_the_volunteers_pages_and_is_offered_no_write()
    {
        await SignInAsync("auditor");

        foreach (var page in new[] { "/volunteers", "/volunteers/teams", "/volunteers/activities" })
        {
            await GoToAsync(page);
            await Assertions.Expect(Page.Locator("h1")).ToBeVisibleAsync();
            await Assertions.Expect(Page.Locator(".mud-table-body tr").First).ToBeVisibleAsync();
            await Assertions.Expect(Page.Locator("[data-writes]")).ToHaveCountAsync(0);
        }
    }

    [Fact]
    public async Task A_volunteer_out_of_the_users_region_is_not_shown()
    {
        await SignInAsync("community-worker");

        // A volunteer of 永前社区, outside 龙镇社区's subtree.
        await GoToAsync($"/volunteers/{OtherCommunitysVolunteer}");

        await Assertions.Expect(Page.GetByTestId("not-in-region")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByTestId("volunteer-details")).ToHaveCountAsync(0);
    }

    private const string OtherCommunitysVolunteer = "01960000-0001-7000-8000-00000000037b";

    private async Task GoToAsync(string address)
    {
        await Page.GotoAsync(address);
        await Console.WaitUntilInteractiveAsync();
    }

    private async Task<string> RegisterAsync(string name)
    {
        await Page.GetByTestId("register-volunteer").ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/volunteers/new");
        await Console.WaitUntilInteractiveAsync();
        await Page.Locator("#volunteer-name").FillAsync(name);
        await Page.Locator("#id-number").FillAsync(ResidentIds.NewAdult());
        await Page.Locator("#volunteer-phone").FillAsync(ResidentIds.NewPhone());
        await Page.Locator("#volunteer-skills").FillAsync("治安巡逻、调解");
        await ScreenshotAsync("2-register");
        await Page.GetByTestId("register-submit").ClickAsync();
        await Page.WaitForURLAsync(VolunteerAddress());
        return VolunteerAddress().Match(Page.Url).Groups[1].Value;
    }

    private async Task<string> PlanAsync(string title)
    {
        await GoToAsync("/volunteers/activities");
        await AssertAccessibleAsync("volunteer-activities");
        await Page.GetByTestId("plan-activity").ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/volunteers/activities/new");
        await Console.WaitUntilInteractiveAsync();
        await Page.Locator("#activity-title").FillAsync(title);
        await Assertions.Expect(Page.GetByTestId("activity-submit")).ToBeEnabledAsync();
        await ScreenshotAsync("4-plan-activity");
        await AssertAccessibleAsync("volunteer-activity-plan");
        await Page.GetByTestId("activity-submit").ClickAsync();
        await Page.WaitForURLAsync(ActivityAddress());
        await Console.WaitUntilInteractiveAsync();
        await Assertions.Expect(Page.GetByTestId("activity-details")).ToBeVisibleAsync();
        return ActivityAddress().Match(Page.Url).Groups[1].Value;
    }

    private async Task SignUpAsync(string volunteerId, string name)
    {
        var picker = Page.GetByTestId("sign-up-form").Locator("input").First;
        await picker.FillAsync(volunteerId);
        await Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = name }).First.ClickAsync();
        await Page.GetByTestId("sign-up").ClickAsync();
        await Assertions.Expect(Page.GetByTestId($"participant-{volunteerId}")).ToBeVisibleAsync();
        await Assertions.Expect(Row(volunteerId).GetByTestId("participant-state")).ToHaveTextAsync("已报名");
    }

    private ILocator Row(string volunteerId) => Page.Locator("tr", new() { Has = Page.GetByTestId($"participant-{volunteerId}") });

    private async Task AttendAndConfirmAsync(string volunteerId)
    {
        await Row(volunteerId).GetByTestId("check-in").ClickAsync();
        await Assertions.Expect(Row(volunteerId).GetByTestId("participant-state")).ToHaveTextAsync("已签到");
        await Row(volunteerId).GetByTestId("check-out").ClickAsync();
        await Assertions.Expect(Row(volunteerId).GetByTestId("participant-state")).ToHaveTextAsync("已签退");
        await Row(volunteerId).GetByTestId("confirm-hours").ClickAsync();
        var form = Page.GetByTestId("confirm-hours-form");
        await form.Locator("input").First.FillAsync("60");
        await form.Locator("input").First.PressAsync("Tab");
        await Page.Locator("#confirm-reason").FillAsync("按活动安排确认一小时");
        await Page.Locator("#confirm-reason").PressAsync("Tab");
        await Page.GetByTestId("confirm-hours-submit").ClickAsync();
        await Assertions.Expect(Row(volunteerId).GetByTestId("participant-state")).ToHaveTextAsync("时长已确认");
    }

    /// <summary>The credit arrives as the ledger records it; the statement is read again until it shows, up to a deadline.</summary>
    private async Task WaitForPointsAsync(string volunteerId, string activityId)
    {
        var entry = Page.GetByTestId("points-entry").Filter(new() { Has = Page.Locator($"a[href='/volunteers/activities/{activityId}']") });
        var deadline = DateTimeOffset.UtcNow + PointsDeadline;
        while (true)
        {
            await GoToAsync($"/volunteers/{volunteerId}");
            await Assertions.Expect(Page.GetByTestId("points-statement")).ToBeVisibleAsync();
            if (await entry.CountAsync() > 0 || DateTimeOffset.UtcNow > deadline)
            {
                break;
            }
        }

        await Assertions.Expect(entry).ToContainTextAsync("积分入账");
        await Assertions.Expect(entry).ToContainTextAsync("+");
        await Assertions.Expect(Page.GetByTestId("confirmed-hours")).ToHaveTextAsync("1 小时 0 分");
        await AssertAccessibleAsync("volunteer-points-statement");
    }
}
