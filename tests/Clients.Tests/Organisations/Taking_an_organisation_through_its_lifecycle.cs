using static Platform.Clients.Tests.Organisations.OrganisationPages;

namespace Platform.Clients.Tests.Organisations;

public sealed class Taking_an_organisation_through_its_lifecycle(ConsoleFixture console) : ConsoleTest(console)
{
    [Fact]
    public async Task A_community_worker_takes_a_new_organisation_from_application_to_filed()
    {
        var name = $"梨园测试服务社{Guid.NewGuid():N}"[..20];
        await SignInAsync("community-worker");
        await Page.GotoAsync("/organisations");
        await Console.WaitUntilInteractiveAsync();
        await Assertions.Expect(Page.GetByTestId("organisation-list")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByTestId("organisation-link").First).ToBeVisibleAsync();
        await ScreenshotAsync("list");
        await AssertAccessibleAsync("organisations-list");

        await Page.GetByTestId("apply").ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/organisations/new");
        await Console.WaitUntilInteractiveAsync();
        await Page.Field("name").FillAsync(name);
        await Page.ChooseAsync("kind", "社区社会组织");
        await Page.Field("fields").FillAsync("养老服务、邻里互助");
        await Page.Field("contact-name").FillAsync("张联系");
        await Page.Field("contact-phone").FillAsync("13800001234");
        await ScreenshotAsync("application");
        await AssertAccessibleAsync("organisations-apply");
        await Page.GetByTestId("submit").ClickAsync();

        await Assertions.Expect(Page.GetByTestId("organisation-name")).ToHaveTextAsync(name);
        await Assertions.Expect(Page.GetByTestId("state-chip").First).ToHaveAttributeAsync("data-state", "Applied");
        await AssertAccessibleAsync("organisations-record");

        await Page.GetByTestId("action-file").ClickAsync();
        await Page.GetByTestId("confirm").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("state-chip").First).ToHaveAttributeAsync("data-state", "Filed");
        await Assertions.Expect(Page.GetByTestId("filing-number")).Not.ToBeEmptyAsync();

        await Page.GetByTestId("grades-link").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("grade-form")).ToBeVisibleAsync();
        await AssertAccessibleAsync("organisations-grades");
    }

    [Fact]
    public async Task A_community_worker_sees_the_rooms_and_social_workers_of_the_community()
    {
        await SignInAsync("community-worker");
        await Page.GotoAsync("/organisations/rooms");
        await Console.WaitUntilInteractiveAsync();
        await Assertions.Expect(Page.GetByTestId("room-link").First).ToBeVisibleAsync();
        await AssertAccessibleAsync("organisations-rooms");

        await Page.GetByTestId("room-link").First.ClickAsync();
        await Assertions.Expect(Page.GetByTestId("room-worker").First).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByTestId("assign-form")).ToBeVisibleAsync();
        await ScreenshotAsync("room");
        await AssertAccessibleAsync("organisations-room");

        await Page.GotoAsync("/organisations/social-workers");
        await Console.WaitUntilInteractiveAsync();
        await Assertions.Expect(Page.GetByTestId("social-worker-list").GetByRole(AriaRole.Row).Nth(1)).ToBeVisibleAsync();
        await Page.GetByTestId("register").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("register-form")).ToBeVisibleAsync();
        await ScreenshotAsync("social-workers");
        await AssertAccessibleAsync("organisations-social-workers");
    }
}
