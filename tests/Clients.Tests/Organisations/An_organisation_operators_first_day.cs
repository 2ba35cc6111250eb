using static Platform.Clients.Tests.Organisations.OrganisationPages;

namespace Platform.Clients.Tests.Organisations;

public sealed class An_organisation_operators_first_day(ConsoleFixture console) : ConsoleTest(console)
{
    [Fact]
    public async Task The_operator_sees_their_organisation_its_grade_and_projects_and_nothing_of_others()
    {
        await SignInAsync("organisation-operator");

        var navigation = Page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" });
        await Assertions.Expect(navigation.GetByRole(AriaRole.Link)).ToHaveCountAsync(1);
        await Assertions.Expect(navigation.GetByRole(AriaRole.Link)).ToHaveTextAsync("社会组织");

        await Page.GotoAsync("/organisations");
        await Console.WaitUntilInteractiveAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/organisations/{OperatorsOrganisation}");
        await Assertions.Expect(Page.GetByTestId("organisation-name")).ToHaveTextAsync(OperatorsOrganisationName);
        await Assertions.Expect(Page.GetByTestId("organisation-details").GetByTestId("current-grade")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByTestId("projects-link")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByTestId("organisation-list")).ToHaveCountAsync(0);
        await Assertions.Expect(Page.GetByTestId("lifecycle-actions").Locator("[data-writes]")).ToHaveCountAsync(0);
        await ScreenshotAsync("own-organisation");
        await AssertAccessibleAsync("organisations-operator-own");

        await Page.GetByTestId("projects-link").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("project-list")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByTestId("new-project")).ToHaveCountAsync(0);
        await ScreenshotAsync("own-projects");
        await AssertAccessibleAsync("organisations-operator-projects");

        await Page.GotoAsync($"/organisations/{AnotherOrganisationOfTheCommunity}");
        await Console.WaitUntilInteractiveAsync();
        await Assertions.Expect(Page.GetByTestId("not-in-region")).ToContainTextAsync("不在您的辖区");
        await Assertions.Expect(Page.GetByTestId("organisation-details")).ToHaveCountAsync(0);
        await ScreenshotAsync("another-organisation");
    }
}
