using static Platform.Clients.Tests.Organisations.OrganisationPages;

namespace Platform.Clients.Tests.Organisations;

public sealed class An_organisation_operators_first_day(ConsoleFixture console) : ConsoleTest(console)
{
    [Fact]
    public async Task The_operator_sees_nothing_of_other_organisations()
    {
        await SignInAsync("organisation-operator");

        var navigation = Page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" });
        await Assertions.Expect(navigation.GetByRole(AriaRole.Link)).ToHaveCountAsync(1);
        await Assertions.Expect(navigation.GetByRole(AriaRole.Link)).ToHaveTextAsync("社会组织");

        await Page.GotoAsync(await AnotherOrganisationAsync());
        await Console.WaitUntilInteractiveAsync();
        await Assertions.Expect(Page.GetByTestId("not-in-region")).ToContainTextAsync("不在您的辖区");
        await Assertions.Expect(Page.GetByTestId("organisation-details")).ToHaveCountAsync(0);
        await ScreenshotAsync("another-organisation");
        await AssertAccessibleAsync("organisations-operator-another");
    }

    /// <summary>The address of an organisation of the operator's own community, as a community worker's list links it.</summary>
    private async Task<string> AnotherOrganisationAsync()
    {
        await using var worker = await ConsolePage.OpenAsync(Fixture);
        await worker.SignInAsync("community-worker");
        await worker.Page.GotoAsync("/organisations");
        await worker.WaitUntilInteractiveAsync();
        var link = worker.Page.GetByTestId("organisation-link").First;
        await Assertions.Expect(link).ToBeVisibleAsync();
        var href = await link.GetAttributeAsync("href") ?? "";
        Assert.DoesNotContain(OperatorsOrganisation, href, StringComparison.Ordinal);
        return href;
    }
}
