namespace Platform.Clients.Tests.Volunteers;

/// <summary>
/// A community worker of 龙镇社区 on the volunteers pages: the ID number checked as it is typed, the five-colour teams,
/// an auditor offered no write, another community's volunteer out of reach.
/// </summary>
public sealed class A_community_workers_first_day(ConsoleFixture console) : ConsoleTest(console)
{
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
}
